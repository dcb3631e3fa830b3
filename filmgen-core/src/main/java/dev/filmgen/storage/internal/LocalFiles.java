package dev.filmgen.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/** File helpers of the local store: streamed copy with a SHA-256, atomic replace, and the metadata sidecar. */
public final class LocalFiles {

    private static final int BUFFER = 64 * 1024;

    private LocalFiles() {
    }

    /** Bytes copied and their SHA-256 in hex. */
    public record Copied(long size, String sha256) {
    }

    /** Thrown when the source stream (not the disk) failed while copying. */
    public static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Streams {@code in} into {@code out} through a fixed buffer, hashing on the way. */
    public static Copied copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            sha.update(buffer, 0, n);
            total += n;
        }
        return new Copied(total, HexFormat.of().formatHex(sha.digest()));
    }

    /** Moves {@code source} over {@code target} atomically where the file system can. */
    public static void replace(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes the metadata sidecar through a temporary file in {@code tmpDir}. */
    public static void writeMeta(Path metaFile, Path tmpDir, String contentType, long size, String sha256)
            throws IOException {
        Properties props = new Properties();
        props.setProperty("contentType", contentType);
        props.setProperty("size", Long.toString(size));
        props.setProperty("sha256", sha256);
        Files.createDirectories(tmpDir);
        Path tmp = Files.createTempFile(tmpDir, "meta-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, null);
            }
            replace(tmp, metaFile);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The sidecar's properties, or empty when there is none or it cannot be read. */
    public static Optional<Properties> readMeta(Path metaFile) {
        try (InputStream in = Files.newInputStream(metaFile)) {
            Properties props = new Properties();
            props.load(in);
            return Optional.of(props);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("the JDK lacks SHA-256", e));
        }
    }
}
