package dev.filmgen.offline.internal;

import dev.filmgen.error.StorageFailures;
import dev.filmgen.storage.WorkRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder the offline models write their media into: a given one, or {@code offline} in this process's folder
 * of the default work root, made on first use. Files there are scratch: the runner deletes each once it is stored.
 */
public final class WorkDir {
    private final Path given;
    private final Path root;
    private volatile Path dir;

    /** Writes into {@code given}, or into the default work root when null. */
    public WorkDir(Path given) {
        this(given, null);
    }

    private WorkDir(Path given, Path root) {
        this.given = given;
        this.root = root;
    }

    /** Writes into {@code offline} in this process's folder of the work root {@code root}. */
    public static WorkDir inRoot(Path root) {
        return new WorkDir(null, root);
    }

    public synchronized Path dir() {
        if (dir == null) {
            try {
                dir = given != null ? Files.createDirectories(given)
                        : (root != null ? WorkRoot.at(root) : WorkRoot.systemDefault()).folder("offline");
            } catch (IOException e) {
                throw StorageFailures.of("cannot create the offline work folder " + given, e);
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
