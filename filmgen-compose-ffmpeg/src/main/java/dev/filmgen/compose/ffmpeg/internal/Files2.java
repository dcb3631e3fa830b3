package dev.filmgen.compose.ffmpeg.internal;

import dev.filmgen.error.NonRetriableException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** File chores: a temp file beside the target, the atomic move into place, recursive delete. */
public final class Files2 {
    private Files2() {
    }

    /** A fresh temporary {@code .mp4} path in the target's directory (so the final move is atomic). */
    public static Path tempBeside(Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "." + target.getFileName() + ".", ".part.mp4");
        } catch (IOException e) {
            throw new NonRetriableException("cannot create a temporary file beside " + target + ": " + e, e);
        }
    }

    /** Moves {@code from} onto {@code to}, atomically where the file system allows. */
    public static void moveIntoPlace(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new NonRetriableException("cannot move the finished file to " + to + ": " + e, e);
        }
    }

    /** Deletes a file or a directory tree, quietly. */
    public static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temp file left behind is not worth failing the caller
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
