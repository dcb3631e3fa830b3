package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnHandle;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whatever a handler does (throw an Error, ignore interrupts forever), its turn ends and the session goes on. */
@Timeout(60)
class NoTurnHangsTest {

    @Test
    void anOutOfMemoryErrorInAHandlerFailsThatItemEndsTheTurnAndTheNextTurnRuns() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(new FakeModels())
                .wrapHandler(Stage.FIRST_FRAME_IMAGE, h -> ctx -> {
                    if (ctx.item() == 1 && broken.get()) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    h.handle(ctx);
                }).build()) {
            TurnHandle first = agent.start("oom", UserMessage.of("lamp"), null);
            first.result().get(20, TimeUnit.SECONDS);
            TurnResult r = agent.start("oom", UserMessage.of("make the film"), events::add)
                    .result().get(20, TimeUnit.SECONDS);

            assertEquals(1, r.failures().size(), r.reply());
            assertEquals(Stage.FIRST_FRAME_IMAGE, r.failures().get(0).stage());
            FilmEvent.StageFailed failed = events.stream().filter(e -> e instanceof FilmEvent.StageFailed)
                    .map(e -> (FilmEvent.StageFailed) e).findFirst().orElseThrow();
            assertEquals("internal_error", failed.code());
            assertTrue(failed.message().contains("ran out of memory"), failed.message());
            assertFalse(failed.message().contains("Java heap space"), "the JVM's own words stay in the server log");
            assertTrue(events.get(events.size() - 1) instanceof FilmEvent.Reply, "the turn ended with its reply");
            assertEquals(3, agent.session("oom").orElseThrow().firstFrames().size(), "the other boards are kept");

            broken.set(false);
            TurnResult next = agent.start("oom", UserMessage.of("make the film"), null).result().get(20, TimeUnit.SECONDS);
            assertTrue(next.ok(), next.reply());
            assertTrue(next.session().film() != null, "the next turn on the session made the film");
        }
    }

    @Test
    void anErrorOutsideAnyItemFailsTheTurnAndTheSessionsQueueMovesOn() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        try (FilmAgent agent = Agents.builder(new FakeModels()).classifier((m, s) -> {
            if (broken.getAndSet(false)) {
                throw new StackOverflowError();
            }
            return s.topic() == null ? new Intent.NewTopic(m.text(), null) : new Intent.MakeFilm();
        }).build()) {
            TurnHandle bad = agent.start("q", UserMessage.of("lamp"), null);
            TurnHandle queued = agent.start("q", UserMessage.of("lamp"), null);

            ExecutionException e = assertThrows(ExecutionException.class, () -> bad.result().get(20, TimeUnit.SECONDS));
            assertInstanceOf(StackOverflowError.class, e.getCause());
            TurnResult r = queued.result().get(20, TimeUnit.SECONDS);
            assertTrue(r.ok(), r.reply());
            assertEquals("lamp", r.session().topic().text());
        }
    }

    @Test
    void aHandlerThatIgnoresInterruptsIsGivenUpAtTheDeadlineAndTheNextTurnRuns() throws Exception {
        CountDownLatch forever = new CountDownLatch(1);
        AtomicBoolean stuck = new AtomicBoolean(true);
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(new FakeModels())
                .turnDeadline(Duration.ofMillis(700), Duration.ofMillis(300))
                .wrapHandler(Stage.VIDEO, h -> ctx -> {
                    if (stuck.get() && ctx.item() == 0) {
                        awaitIgnoringInterrupts(forever); // a handler that swallows interrupts: the worst case
                    }
                    h.handle(ctx);
                }).build()) {
            agent.chat("d", UserMessage.of("lamp"), null);
            long t0 = System.nanoTime();
            TurnHandle h = agent.start("d", UserMessage.of("make the film"), events::add);
            ExecutionException e = assertThrows(ExecutionException.class, () -> h.result().get(20, TimeUnit.SECONDS));
            long tookMs = (System.nanoTime() - t0) / 1_000_000;

            assertInstanceOf(DeadlineExceededException.class, e.getCause());
            assertTrue(tookMs >= 700, "not before the deadline: " + tookMs);
            assertTrue(events.stream().anyMatch(ev -> ev instanceof FilmEvent.Reply
                    && ((FilmEvent.Reply) ev).text().contains("deadline")), "the turn said why it stopped");
            assertTrue(agent.session("d").orElseThrow().clips().size() >= 1, "clips that finished are kept");

            stuck.set(false);
            forever.countDown();
            TurnResult next = agent.start("d", UserMessage.of("make the film"), null).result().get(20, TimeUnit.SECONDS);
            assertTrue(next.ok(), next.reply());
            assertEquals(4, next.session().clips().size());
        }
    }

    @Test
    void aTurnWhoseCoordinatorIsStuckIsAbandonedAndTheQueueMovesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean stuck = new AtomicBoolean(true);
        try (FilmAgent agent = Agents.builder(new FakeModels())
                .turnDeadline(Duration.ofMillis(300), Duration.ofMillis(200))
                .classifier((m, s) -> {
                    if (stuck.getAndSet(false)) {
                        awaitIgnoringInterrupts(release);
                    }
                    return new Intent.NewTopic(m.text(), null);
                }).build()) {
            TurnHandle hung = agent.start("s", UserMessage.of("lamp"), null);
            TurnHandle next = agent.start("s", UserMessage.of("kettle"), null);

            ExecutionException e = assertThrows(ExecutionException.class, () -> hung.result().get(20, TimeUnit.SECONDS));
            assertInstanceOf(DeadlineExceededException.class, e.getCause());
            TurnResult r = next.result().get(20, TimeUnit.SECONDS);
            assertEquals("kettle", r.session().topic().text());
            release.countDown();
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
