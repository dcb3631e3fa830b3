package dev.filmgen.testkit;

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

/** A test {@link Storage} in memory; links are {@code mem:} URIs. */
public final class MemoryStorage implements Storage {
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();

    @Override
    public StoredObject put(String key, InputStream data, long length, String contentType) {
        try {
            byte[] bytes = data.readAllBytes();
            objects.put(key, bytes);
            types.put(key, contentType);
            return new StoredObject(key, bytes.length, contentType, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key) {
        byte[] b = objects.get(key);
        if (b == null) {
            throw new NonRetriableException("no object " + key);
        }
        return new ByteArrayInputStream(b);
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        byte[] b = objects.get(key);
        return b == null ? Optional.empty() : Optional.of(new StoredObject(key, b.length, types.get(key), null));
    }

    @Override
    public URI link(String key, Duration ttl) {
        return URI.create("mem:/" + key);
    }

    @Override
    public boolean delete(String key) {
        return objects.remove(key) != null;
    }

    public int size() {
        return objects.size();
    }
}
