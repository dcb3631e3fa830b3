package dev.filmgen.examples.cli;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.PixelBudget;
import dev.filmgen.storage.Storage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Where the CLI writes, and how: output checks, atomic copies out of storage. */
final class Outputs {
    /** The largest stored first frame read for the contact sheet. */
    static final int MAX_FRAME_BYTES = 64 * 1024 * 1024;

    private Outputs() {
    }

    /** Fails early, before any model is paid, when the film could not be written where asked. */
    static void checkWritable(Path out) throws CliOptions.UsageException {
        Path abs = out.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new CliOptions.UsageException("--out " + out + " is a folder; give a file name such as film.mp4");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CliOptions.UsageException("cannot write --out " + out + ": folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir) || (Files.exists(abs) && !Files.isWritable(abs))) {
            throw new CliOptions.UsageException("cannot write --out " + out + ": permission denied");
        }
    }

    /** Copies a stored asset to {@code target} through a temporary file, so no half-written film is left. */
    static void copy(Storage storage, MediaAsset asset, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
        try (InputStream in = storage.open(asset.storageKey())) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code film.mp4} → {@code film-storyboard.png} beside it. */
    static Path sheetPath(Path film) {
        String name = film.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return film.toAbsolutePath().resolveSibling(stem + "-storyboard.png");
    }

    /**
     * A stored first frame for the contact sheet, within {@code budget} and decoded subsampled to twice a cell's
     * width (a 9:16 frame's height fits too); read in place when the storage is a local folder.
     */
    static BufferedImage readImage(Storage storage, MediaAsset asset, PixelBudget budget) {
        String what = "the first frame " + asset.storageKey();
        int side = 2 * ContactSheet.CELL_WIDTH;
        Optional<Path> local = storage.localFile(asset.storageKey());
        if (local.isPresent()) {
            return budget.decode(local.get(), side, what);
        }
        try (InputStream in = storage.open(asset.storageKey())) {
            byte[] bytes = in.readNBytes(MAX_FRAME_BYTES + 1);
            if (bytes.length > MAX_FRAME_BYTES) {
                throw new InvalidInputException(what + " is larger than " + MAX_FRAME_BYTES + " bytes");
            }
            return budget.decode(bytes, side, what);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + asset.storageKey(), e);
        }
    }
}
