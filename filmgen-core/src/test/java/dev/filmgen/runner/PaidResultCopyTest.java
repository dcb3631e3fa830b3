package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.CallKind;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.RetriableException;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.MemoryStorage;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PaidResultCopyTest {

    /** Storage whose first copy of each clip breaks off, like a download whose connection closes. */
    private static final class FlakyDownloads implements Storage {
        final MemoryStorage inner = new MemoryStorage();
        final AtomicInteger broken = new AtomicInteger();
        final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public StoredObject put(String key, InputStream data, long length, String contentType) {
            if (key.contains("/Video/") && seen.add(key)) {
                broken.incrementAndGet();
                throw new RetriableException("reading the data for \"" + key + "\" failed: closed; nothing was stored");
            }
            return inner.put(key, data, length, contentType);
        }

        @Override public InputStream open(String key) { return inner.open(key); }
        @Override public Optional<StoredObject> stat(String key) { return inner.stat(key); }
        @Override public URI link(String key, Duration ttl) { return inner.link(key, ttl); }
        @Override public boolean delete(String key) { return inner.delete(key); }
    }

    @Test
    void aCopyThatBreaksOffIsTriedAgainWithoutPayingForTheClipTwice() {
        FakeModels models = new FakeModels();
        FlakyDownloads storage = new FlakyDownloads();
        try (FilmAgent agent = Agents.builder(models).storage(storage).build()) {
            TurnResult r = agent.generate("copy", Topic.of("kettle"), null);
            assertTrue(r.ok(), r.reply());
            assertEquals(4, r.session().clips().size());
        }
        assertEquals(4, storage.broken.get(), "each clip's first copy broke off");
        assertEquals(4, models.count(CallKind.VIDEO), "one paid call per clip");
    }
}
