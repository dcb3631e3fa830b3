package dev.filmgen.testing;

import dev.filmgen.storage.Storage;
import dev.filmgen.testing.kit.StorageKit;
import java.net.URI;

/** The test double runs the storage kit too, so tests that use it see a store that behaves like a real one. */
class MemoryStorageTest extends StorageKit {
    @Override
    protected Storage createStorage() {
        return new MemoryStorage();
    }

    @Override
    protected byte[] fetch(URI link) {
        return ((MemoryStorage) storage).fetch(link);
    }

    @Override
    protected boolean keepsObjectsOnTheHeap() {
        return true;
    }
}
