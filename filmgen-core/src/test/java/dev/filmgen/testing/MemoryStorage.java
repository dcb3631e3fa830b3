package dev.filmgen.testing;

import dev.filmgen.error.NonRetriableException;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link Storage} that keeps objects in memory, for tests; links look like {@code memory://<key>?ttl=<seconds>}. */
public final class MemoryStorage implements Storage {
    private final Map<String, byte[]> data = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();

    @Override
    public StoredObject put(String key, InputStream in, long length, String contentType) {
        try {
            byte[] bytes = in.readAllBytes();
            data.put(key, bytes);
            types.put(key, contentType);
            return new StoredObject(key, bytes.length, contentType, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key) {
        byte[] b = data.get(key);
        if (b == null) {
            throw new NonRetriableException("no object " + key);
        }
        return new ByteArrayInputStream(b);
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        byte[] b = data.get(key);
        return b == null ? Optional.empty() : Optional.of(new StoredObject(key, b.length, types.get(key), null));
    }

    @Override
    public URI link(String key, Duration ttl) {
        return URI.create("memory://" + key + "?ttl=" + ttl.toSeconds());
    }

    @Override
    public boolean delete(String key) {
        types.remove(key);
        return data.remove(key) != null;
    }

    /** How many objects are stored. */
    public int size() {
        return data.size();
    }

    /** The bytes stored under {@code key}, or null. */
    public byte[] bytes(String key) {
        return data.get(key);
    }
}
