package dev.filmgen.testing;

import dev.filmgen.error.StorageFailures;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Memory storage whose results of one stage land on a full disk: writing them goes through Linux's
 * {@code /dev/full}, so the failure is the operating system's own ENOSPC, wrapped as {@code LocalStorage} does.
 */
public final class FullDiskStorage implements Storage {
    private final MemoryStorage memory = new MemoryStorage();
    private final Stage full;

    public FullDiskStorage(Stage full) {
        this.full = full;
    }

    @Override
    public StoredObject put(String key, InputStream data, long length, String contentType) {
        if (key.contains("/" + full.wireName() + "/")) {
            try (OutputStream out = Files.newOutputStream(Path.of("/dev/full"))) {
                data.transferTo(out);
                out.flush();
            } catch (IOException e) {
                throw StorageFailures.of("cannot store '" + key + "' under /srv/filmgen/artifacts", e);
            }
        }
        return memory.put(key, data, length, contentType);
    }

    @Override
    public InputStream open(String key) {
        return memory.open(key);
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        return memory.stat(key);
    }

    @Override
    public URI link(String key, Duration ttl) {
        return memory.link(key, ttl);
    }

    @Override
    public boolean delete(String key) {
        return memory.delete(key);
    }

    @Override
    public void close() {
    }
}
