package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnHandle;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.FilmSession;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    @Test
    void turnsOnOneSessionRunOneAfterAnotherAndNoneIsLost(@TempDir Path dir) throws Exception {
        FakeModels models = new FakeModels().latency(CallKind.SPEECH, 20);
        try (FilmAgent agent = Agents.builder(models).sessionStore(FileSessionStore.of(dir)).build()) {
            agent.generate("one", Topic.of("a red kettle"), null);
            List<TurnHandle> turns = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                turns.add(agent.start("one", new UserMessage("line " + i, null, null), null));
            }
            for (TurnHandle h : turns) {
                TurnResult r = h.result().get(30, TimeUnit.SECONDS);
                assertTrue(r.ok(), r.reply());
            }
            FilmSession s = agent.session("one").orElseThrow();
            assertEquals(2 + 4, s.turns().size(), "every turn was recorded");
        }
    }

    @Test
    void concurrentEditsOnOneSessionAllApply() throws Exception {
        FakeModels models = new FakeModels().latency(CallKind.SPEECH, 30);
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.generate("edits", Topic.of("a red kettle"), null);
            List<TurnHandle> turns = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                turns.add(agent.start("edits", new UserMessage("edit " + n, null, null), null));
            }
            List<Thread> threads = new ArrayList<>();
            List<TurnResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 4; i++) {
                int n = i;
                Thread t = new Thread(() -> results.add(agent.run("edits", new Intent.Edit(Intent.Target.BOARD, n, null,
                        "narration", "new words " + n, null), null)));
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(30_000);
            }
            for (TurnHandle h : turns) {
                h.result().get(30, TimeUnit.SECONDS);
            }
            assertEquals(4, results.size());
            FilmSession s = agent.session("edits").orElseThrow();
            for (int i = 0; i < 4; i++) {
                assertEquals("new words " + i, s.boards().get(i).narration());
                assertEquals("new words " + i, s.lines().get(i).text());
            }
        }
    }

    @Test
    void twoAgentsOnOneFolderCannotOverwriteEachOthersTurn(@TempDir Path dir) throws Exception {
        java.util.concurrent.CountDownLatch speaking = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch otherSaved = new java.util.concurrent.CountDownLatch(1);
        FakeModels slow = new FakeModels();
        dev.filmgen.testing.MemoryStorage storage = new dev.filmgen.testing.MemoryStorage();
        // one board, so A's edit has a single item in flight while B saves
        dev.filmgen.config.FilmConfig oneBoard = Agents.config(1, 2, 1000, 16);
        try (FilmAgent a = Agents.builder(slow).config(oneBoard).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build();
             FilmAgent b = Agents.builder(new FakeModels()).config(oneBoard).storage(storage)
                     .sessionStore(FileSessionStore.of(dir)).build()) {
            a.generate("shared", Topic.of("a red kettle"), null);
            slow.hook("voice:0", (p, j) -> {
                speaking.countDown();
                try {
                    otherSaved.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            java.util.concurrent.CompletableFuture<TurnResult> aTurn = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> a.run("shared", new Intent.Edit(Intent.Target.BOARD, 0, null, "narration", "from A", null),
                            null));
            assertTrue(speaking.await(20, TimeUnit.SECONDS));
            TurnResult bTurn = b.run("shared", new Intent.Edit(Intent.Target.LINE, 0, null, "voice", "Ethan", null),
                    null);
            otherSaved.countDown();
            assertTrue(bTurn.ok(), bTurn.reply());

            java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> aTurn.get(30, TimeUnit.SECONDS));
            org.junit.jupiter.api.Assertions.assertInstanceOf(
                    dev.filmgen.error.SessionConflictException.class, e.getCause());
            FilmSession s = b.session("shared").orElseThrow();
            assertEquals("Ethan", s.lines().get(0).voice(), "B's saved turn is intact");
            assertEquals(bTurn.session().version(), s.version(), "A saved nothing after B");
        }
    }

    @Test
    void differentSessionsRunAtTheSameTime() throws Exception {
        FakeModels models = new FakeModels().latency(CallKind.TEXT, 1000);
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.chat("a", UserMessage.of("kettle"), null);
            agent.chat("b", UserMessage.of("lamp"), null);
            TurnHandle a = agent.start("a", new UserMessage("", "Script", null), null);
            TurnHandle b = agent.start("b", new UserMessage("", "Script", null), null);
            a.result().get(30, TimeUnit.SECONDS);
            b.result().get(30, TimeUnit.SECONDS);
        }
        List<FakeModels.Call> scripts = models.calls(CallKind.TEXT);
        assertEquals(2, scripts.size());
        assertTrue(scripts.get(0).endNanos() > scripts.get(1).startNanos()
                && scripts.get(1).endNanos() > scripts.get(0).startNanos(), "the two sessions' scripts overlapped");
    }
}
