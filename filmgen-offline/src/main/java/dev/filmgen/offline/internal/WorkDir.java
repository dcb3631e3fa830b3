package dev.filmgen.offline.internal;

import dev.filmgen.error.NonRetriableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The folder the offline models write their media into: a given one, or a temporary one made on first use. */
public final class WorkDir {
    private final Path given;
    private volatile Path dir;

    public WorkDir(Path given) {
        this.given = given;
    }

    public synchronized Path dir() {
        if (dir == null) {
            try {
                dir = given != null ? Files.createDirectories(given) : Files.createTempDirectory("filmgen-offline-");
            } catch (IOException e) {
                throw new NonRetriableException("cannot create the offline work folder "
                        + (given != null ? given : "in " + System.getProperty("java.io.tmpdir")) + ": " + e, e);
            }
        }
        return dir;
    }

    /** A path for a new file named after {@code stem} (made safe) and a hash, with {@code ext}. */
    public Path file(String stem, long hash, String ext) {
        String safe = stem == null || stem.isBlank() ? "media" : stem.replaceAll("[^A-Za-z0-9_-]+", "-");
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        return dir().resolve(safe + "-" + Long.toHexString(hash) + ext);
    }

    /** A temporary sibling of {@code target}, to be moved into place when complete. */
    public static Path tempBeside(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), ".part-", target.getFileName().toString());
    }

    /** Moves a finished file into place, replacing any older copy. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
