package dev.filmgen.compose.ffmpeg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One candidate font: a file (the host's, or the machine's) or a class-path resource that is copied, once per
 * version, into a cache folder because FreeType and Java2D both need a file. A cached copy is reused only when
 * its SHA-256 matches the resource's, so a file planted in a shared folder is never loaded. Its coverage is read
 * once, on first use. Thread-safe.
 */
public final class FontSource {
    private final String resource;
    private final Path path;
    private final Supplier<Path> cacheDir;
    private volatile Loaded loaded;
    private volatile boolean failed;

    private record Loaded(Path file, FontCoverage coverage) { }

    private FontSource(String resource, Path path, Supplier<Path> cacheDir) {
        this.resource = resource;
        this.path = path;
        this.cacheDir = cacheDir;
    }

    /** A font file on disk. */
    public static FontSource file(Path path) {
        return new FontSource(null, path.toAbsolutePath(), null);
    }

    /** A font on the class path, copied into the {@code cacheDir} folder when first used; empty when it is not there. */
    public static Optional<FontSource> resource(String resource, Supplier<Path> cacheDir) {
        return FontSource.class.getResource(resource) == null ? Optional.empty()
                : Optional.of(new FontSource(resource, null, cacheDir));
    }

    /** What the source is, for logs and errors. */
    public String name() {
        return resource != null ? "class-path font " + resource : path.toString();
    }

    /** The file FreeType should open. */
    public Path file() throws IOException {
        return load().file();
    }

    /** The characters the font draws. */
    public FontCoverage coverage() throws IOException {
        return load().coverage();
    }

    /** Whether an earlier load failed (the source is then skipped). */
    public boolean failed() {
        return failed;
    }

    private Loaded load() throws IOException {
        Loaded l = loaded;
        if (l != null) {
            return l;
        }
        synchronized (this) {
            if (loaded == null) {
                try {
                    loaded = resource == null ? new Loaded(path, FontCoverage.of(path)) : extract();
                } catch (IOException | UncheckedIOException e) {
                    failed = true;
                    throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                }
            }
            return loaded;
        }
    }

    private Loaded extract() throws IOException {
        byte[] bytes;
        try (InputStream in = FontSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            bytes = in.readAllBytes();
        }
        String sha = sha256(bytes);
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        String cached = fileName.substring(0, dot) + "-" + sha.substring(0, 16) + fileName.substring(dot);
        Path dir = Files.createDirectories(cacheDir.get());
        Path target = dir.resolve(cached);
        if (!Files.isRegularFile(target) || !sha.equals(sha256(Files.readAllBytes(target)))) {
            Path temp = Files.createTempFile(dir, cached, ".part");
            try {
                Files.write(temp, bytes);
                Files2.moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return new Loaded(target, FontCoverage.of(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
