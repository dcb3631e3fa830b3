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
 * implementations reject keys with {@code ..}, absolute paths or control characters with an
 * {@link dev.filmgen.error.InvalidInputException}. Failures are {@link dev.filmgen.error.FilmgenException}s.
 */
public interface Storage extends AutoCloseable {

    /**
     * Stores a stream under {@code key}, replacing what was there. {@code length} is the byte count or
     * -1 when unknown. Implementations stream; they never read the whole input into memory.
     */
    StoredObject put(String key, InputStream data, long length, String contentType);

    /** Opens the object for reading; throws {@link dev.filmgen.error.NonRetriableException} when it is missing. */
    InputStream open(String key);

    /** Metadata of the object, or empty when it does not exist. */
    Optional<StoredObject> stat(String key);

    /** A link to the object valid for about {@code ttl} (signed where the backend supports it). */
    URI link(String key, Duration ttl);

    /** Deletes the object; returns whether it existed. */
    boolean delete(String key);

    /** The object as a local file, when this storage keeps objects on the local disk. */
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
