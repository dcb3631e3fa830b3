package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.SessionStore;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.session.Turn;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
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
 * The contract kit of {@link SessionStore}: sessions survive turns and restarts whole, and two turns never
 * silently overwrite each other. An implementation's test extends this class and returns a fresh, empty store
 * from {@link #store()}; a store whose data outlives the instance (files, a database) also returns a second
 * instance over the same data from {@link #sameDataStore(SessionStore)}.
 *
 * <pre>{@code
 * class RedisSessionStoreKitTest extends SessionStoreKit {
 *     protected SessionStore store() { redis.flushAll(); return new RedisSessionStore(redis); }
 *     protected SessionStore sameDataStore(SessionStore first) { return new RedisSessionStore(redis); }
 * }
 * }</pre>
 */
public abstract class SessionStoreKit {

    /** A fresh, empty store. */
    protected abstract SessionStore store();

    /**
     * Another instance reading and writing the same data as {@code first} (another process, in effect), or null
     * when the store's data lives in the instance itself; the default is null, which skips the tests that need it.
     */
    protected SessionStore sameDataStore(SessionStore first) {
        return null;
    }

    /** A session with something in every kind of field: topic, boards, a clip, a pending remote task, a turn. */
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
    void aLargeSessionInEveryScriptRoundTripsExactly() {
        SessionStore store = store();
        FilmSession.Builder b = sample("large").toBuilder()
                .topic(Topic.of("【限时】极光保温杯™ 500ml — keeps tea hot 🍵 \"all day\" \\ 臺灣 한국어 日本語"));
        List<Board> boards = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boards.add(new Board(i, List.of("小米", "Leo"), "picture " + i + " ".repeat(i) + "画面",
                    "narration\n" + i + "\t旁白"));
            b.voice(i, new MediaAsset(URI.create("file:///tmp/s/voice-" + i + ".wav"), "audio/wav;silent=true",
                    "large/Audio/voice-" + i, 1000 + i, 2.25 + i, null, null));
            b.task(new TaskRecord("key-" + i, Stage.AUDIO, i, TaskRecord.Status.DONE, null, "text " + i, null,
                    Instant.parse("2026-01-02T03:04:06.123456789Z")));
        }
        b.boards(boards).turn(new Turn(Instant.parse("2026-01-02T03:04:07Z"), "把第二个画面改成夜景", "EDIT board 2",
                "好的"));

        FilmSession saved = store.save(b.build());

        assertEquals(saved, store.load("large").orElseThrow());
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
    void aSaveFromTheFutureIsAConflictToo() {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("ahead"));

        assertThrows(SessionConflictException.class, () -> store.save(v1.toBuilder().version(7).build()));
        assertEquals(1, store.load("ahead").orElseThrow().version());
    }

    @Test
    void aNewSessionCannotOverwriteAnExistingOne() {
        SessionStore store = store();
        store.save(sample("twice"));
        assertThrows(SessionConflictException.class, () -> store.save(sample("twice")));
    }

    @Test
    void aStaleSaveDoesNotBringBackADeletedSession() {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("gone"));
        assertTrue(store.delete("gone"));

        assertThrows(SessionConflictException.class, () -> store.save(v1.toBuilder().complete(Stage.SCRIPT).build()));
        assertTrue(store.load("gone").isEmpty());
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
            List<Future<?>> fs = new ArrayList<>();
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
    void twoInstancesOnTheSameDataNeverOverwriteEachOther() {
        SessionStore a = store();
        SessionStore b = sameDataStore(a);
        assumeTrue(b != null, "this store keeps its data in the instance");
        FilmSession v1 = a.save(sample("shared"));
        FilmSession seenByB = b.load("shared").orElseThrow();

        a.save(v1.toBuilder().complete(Stage.SCRIPT).build());

        assertThrows(SessionConflictException.class, () -> b.save(seenByB.toBuilder().complete(Stage.FILM).build()));
        FilmSession kept = b.load("shared").orElseThrow();
        assertTrue(kept.completed().contains(Stage.SCRIPT));
        assertFalse(kept.completed().contains(Stage.FILM));
    }

    @Test
    void deleteAndListInIdOrder() {
        SessionStore store = store();
        store.save(sample("b"));
        store.save(sample("a"));
        store.save(sample("B-2"));
        assertEquals(List.of("B-2", "a", "b"), store.list());
        assertTrue(store.delete("a"));
        assertFalse(store.delete("a"));
        assertEquals(List.of("B-2", "b"), store.list());
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
