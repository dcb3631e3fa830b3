package dev.filmgen.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link SessionStore} must have. Implementations extend this class and provide
 * {@link #store()}; it ships in the core test-jar so other modules' stores run it too.
 */
public abstract class SessionStoreContract {

    /** A fresh, empty store. */
    protected abstract SessionStore store();

    protected static FilmSession sample(String id) {
        MediaAsset clip = new MediaAsset(URI.create("https://example.com/c.mp4?sig=1"), "video/mp4", id + "/Video/c",
                42, 5.0, 1280, 720);
        return FilmSession.create(id, Instant.parse("2026-01-02T03:04:05Z")).toBuilder()
                .topic(Topic.of("一款红色水壶"))
                .boards(List.of(new Board(0, List.of("Ann"), "kitchen", "hot water in a minute")))
                .clip(0, clip)
                .task(new TaskRecord("k1", Stage.VIDEO, 0, TaskRecord.Status.SUBMITTED, "task-9", null, null,
                        Instant.parse("2026-01-02T03:04:06Z")))
                .complete(Stage.TOPIC).complete(Stage.STORYBOARD)
                .build();
    }

    @Test
    void savesAndLoadsEveryField() {
        SessionStore store = store();
        FilmSession saved = store.save(sample("round-trip"));

        assertEquals(1, saved.version());
        FilmSession loaded = store.load("round-trip").orElseThrow();
        assertEquals(saved, loaded);
        assertEquals("task-9", loaded.tasks().get("k1").remoteTaskId());
        assertEquals(5.0, loaded.clips().get(0).durationSeconds());
    }

    @Test
    void missingSessionIsEmpty() {
        assertTrue(store().load("nobody").isEmpty());
    }

    @Test
    void eachSaveIncrementsTheVersion() {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("v"));
        FilmSession v2 = store.save(v1.toBuilder().complete(Stage.SCRIPT).build());
        assertEquals(2, v2.version());
        assertEquals(2, store.load("v").orElseThrow().version());
    }

    @Test
    void aStaleSaveIsRejectedAndLosesNothing() {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("stale"));
        store.save(v1.toBuilder().complete(Stage.SCRIPT).build());

        SessionConflictException e = assertThrows(SessionConflictException.class,
                () -> store.save(v1.toBuilder().complete(Stage.FILM).build()));
        assertTrue(e.getMessage().contains("stale"), e.getMessage());
        FilmSession kept = store.load("stale").orElseThrow();
        assertTrue(kept.completed().contains(Stage.SCRIPT));
        assertFalse(kept.completed().contains(Stage.FILM));
    }

    @Test
    void aNewSessionCannotOverwriteAnExistingOne() {
        SessionStore store = store();
        store.save(sample("twice"));
        assertThrows(SessionConflictException.class, () -> store.save(sample("twice")));
    }

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneWin() throws Exception {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("race"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        try {
            List<Future<?>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                fs.add(pool.submit(() -> {
                    go.await();
                    try {
                        store.save(v1.toBuilder().productInsight("writer " + n).build());
                        wins.incrementAndGet();
                    } catch (SessionConflictException e) {
                        conflicts.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : fs) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, wins.get());
        assertEquals(3, conflicts.get());
        assertEquals(2, store.load("race").orElseThrow().version());
    }

    @Test
    void deleteAndList() {
        SessionStore store = store();
        store.save(sample("b"));
        store.save(sample("a"));
        assertEquals(List.of("a", "b"), store.list());
        assertTrue(store.delete("a"));
        assertFalse(store.delete("a"));
        assertEquals(List.of("b"), store.list());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../etc", "a/b", "a\\b", "with space", "x\u0000y", "é"})
    void rejectsBadIds(String id) {
        SessionStore store = store();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.load(id));
        assertTrue(e.getMessage().contains("session id"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> store.save(FilmSession.create(id, Instant.EPOCH)));
        assertThrows(InvalidInputException.class, () -> store.delete(id));
    }

    @Test
    void rejectsOverlongIdsAndAcceptsTheLongestValidOne() {
        SessionStore store = store();
        String ok = "a".repeat(128);
        assertEquals(1, store.save(FilmSession.create(ok, Instant.EPOCH)).version());
        assertThrows(InvalidInputException.class, () -> store.load("a".repeat(129)));
    }
}
