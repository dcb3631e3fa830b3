package dev.filmgen.testing;

import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * An in-memory {@link Storage} whose links look like presigned object-store links anyone can fetch
 * ({@code https://films.oss-cn-beijing.aliyuncs.com/<key>?Signature=…}), as OSS hands out; for tests of what a model
 * provider is sent.
 */
public final class PublicLinkStorage implements Storage {
    private final MemoryStorage inner = new MemoryStorage();

    @Override
    public boolean publicLinks() {
        return true;
    }

    @Override
    public URI link(String key, Duration ttl) {
        inner.stat(key).orElseThrow(() -> new dev.filmgen.storage.ObjectNotFoundException(key, "memory", null));
        return URI.create("https://films.oss-cn-beijing.aliyuncs.com/" + key + "?Expires=" + ttl.toSeconds()
                + "&Signature=test");
    }

    @Override public StoredObject put(String key, InputStream data, long length, String type) {
        return inner.put(key, data, length, type);
    }

    @Override public InputStream open(String key) { return inner.open(key); }
    @Override public Optional<StoredObject> stat(String key) { return inner.stat(key); }
    @Override public boolean delete(String key) { return inner.delete(key); }
}
