package dev.filmgen.compose.ffmpeg.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;

/**
 * Where class-path fonts are copied by default: {@code filmgen-fonts-<user>} in the temp folder, one file per font
 * version that every later process reuses (so a crash leaves nothing that grows). A folder some other user owns is
 * never used; a private temp folder, removed at exit, takes its place.
 */
public final class FontCacheDir {
    private static volatile Path shared;

    private FontCacheDir() {
    }

    /** {@link #defaultDir()}, decided once per process. */
    public static Path shared() {
        Path dir = shared;
        if (dir == null) {
            synchronized (FontCacheDir.class) {
                if (shared == null) {
                    shared = defaultDir();
                }
                dir = shared;
            }
        }
        return dir;
    }

    /** The default cache folder (created on first use by the caller). */
    public static Path defaultDir() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "filmgen-fonts-" + user);
        try {
            if (!Files.exists(dir)) {
                return dir;
            }
            Path probe = Files.createTempFile("filmgen-owner", ".probe");
            UserPrincipal me;
            try {
                me = Files.getOwner(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
            if (Files.isDirectory(dir) && Files.isWritable(dir) && Files.getOwner(dir).equals(me)) {
                return dir;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to a private folder
        }
        return privateDir();
    }

    private static Path privateDir() {
        try {
            Path dir = Files.createTempDirectory("filmgen-fonts-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Files2.deleteQuietly(dir), "filmgen-fonts-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a folder for the subtitle fonts", e);
        }
    }
}
