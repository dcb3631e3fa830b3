package dev.filmgen.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Durable home of every artifact filmgen makes. Keys look like {@code <session>/<stage>/<name>};
 * implementations reject keys that break {@link StorageKeys}' rules ({@code ..}, absolute paths, control
 * characters, over-long keys) with an {@link dev.filmgen.error.InvalidInputException} naming the key, in every
 * method. Failures are {@link dev.filmgen.error.FilmgenException}s. Implementations must be thread-safe: puts to
 * different keys never interfere, and concurrent puts to one key leave one of them whole.
 *
 * <p>The contract kit {@code dev.filmgen.testing.kit.StorageKit} (in the {@code filmgen-core} test-jar) checks all
 * of this; run it for your own implementation.
 */
public interface Storage extends AutoCloseable {

    /**
     * Stores a stream under {@code key}, replacing what was there, and returns what was stored. {@code length} is
     * the byte count or -1 when unknown; a stream shorter or longer than a declared length is an
     * {@link dev.filmgen.error.InvalidInputException}. A null or blank {@code contentType} is recorded as
     * {@code application/octet-stream}. The replacement is atomic: when the put fails (bad length, a source that
     * throws, a backend error) the old object is still there, whole. Implementations stream; they never read the
     * whole input into memory. Storing the same bytes again gives the same {@link StoredObject#etag()}.
     */
    StoredObject put(String key, InputStream data, long length, String contentType);

    /** Opens the object for reading; throws {@link ObjectNotFoundException} (not retriable) when it is missing. */
    InputStream open(String key);

    /** Metadata of the object, or empty when it does not exist. */
    Optional<StoredObject> stat(String key);

    /**
     * A link to the object valid for about {@code ttl} (signed where the backend supports it) that leads to its
     * bytes. Throws {@link ObjectNotFoundException} when the object is missing and an
     * {@link dev.filmgen.error.InvalidInputException} when {@code ttl} is not positive.
     */
    URI link(String key, Duration ttl);

    /** Deletes the object; returns whether it existed. */
    boolean delete(String key);

    /**
     * Whether {@link #link} hands out links anyone on the internet can fetch (presigned object-store links). A model
     * provider is given such links for pictures; with a storage whose links point at this machine (the default
     * local storage, including the service's own {@code /files} links) pictures are sent inline instead.
     */
    default boolean publicLinks() {
        return false;
    }

    /** The object as a local file holding its bytes, when this storage keeps objects on the local disk; else empty. */
    default Optional<Path> localFile(String key) {
        return Optional.empty();
    }

    default StoredObject put(String key, byte[] data, String contentType) {
        return put(key, new ByteArrayInputStream(data), data.length, contentType);
    }

    default StoredObject put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Releases clients and connections. */
    @Override
    default void close() {
    }
}
