package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnHandle;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailureAndCancelTest {

    @Test
    void aFailedBoardIsNamedAndEveryFinishedBoardIsKept() {
        FakeModels models = new FakeModels().hook("frame:2", (p, j) -> {
            throw new ProviderRejectedException("picture refused by moderation", "DataInspectionFailed", "r-7", null);
        });
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = agent.generate("f", Topic.of("lamp"), events::add);

            assertEquals(1, r.failures().size());
            StageFailedException f = r.failures().get(0);
            assertEquals(Stage.FIRST_FRAME_IMAGE, f.stage());
            assertEquals(2, f.board());
            assertTrue(f.getMessage().contains("board 3") && f.getMessage().contains("moderation"), f.getMessage());
            FilmEvent.StageFailed ev = (FilmEvent.StageFailed) events.stream()
                    .filter(e -> e instanceof FilmEvent.StageFailed).findFirst().orElseThrow();
            assertEquals(2, ev.board());
            assertEquals("provider_rejected", ev.code());

            FilmSession s = r.session();
            assertEquals(List.of(0, 1, 3), new ArrayList<>(s.firstFrames().keySet()));
            assertEquals(List.of(0, 1, 3), new ArrayList<>(s.clips().keySet()));
            assertEquals(4, s.voices().size());
            assertNull(s.film());
            assertFalse(s.completed().contains(Stage.FIRST_FRAME_IMAGE));
            assertTrue(s.completed().contains(Stage.AUDIO));
            assertTrue(r.reply().contains("FirstFrameImage board 3 failed"), r.reply());
            assertTrue(agent.session("f").orElseThrow().clips().containsKey(3), "finished boards are saved");

            models.hook("frame:2", (p, j) -> { });
            TurnResult again = agent.chat("f", UserMessage.of("make the film"), null);
            assertTrue(again.ok(), again.reply());
            assertEquals(1, again.calls().made(CallKind.IMAGE));
            assertEquals(1, again.calls().made(CallKind.VIDEO));
            assertEquals(0, again.calls().made(CallKind.SPEECH));
            assertEquals(3, again.calls().reused(CallKind.VIDEO));
        }
    }

    @Test
    void throttledCallsAreRetriedAndTheFilmStillComes() {
        AtomicInteger attempts = new AtomicInteger();
        FakeModels models = new FakeModels().hook("clip:1", (p, j) -> {
            if (attempts.incrementAndGet() < 3) {
                throw new RateLimitedException("429 Throttling.RateQuota", null);
            }
        });
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = agent.generate("f", Topic.of("lamp"), null);
            assertTrue(r.ok(), r.reply());
            assertEquals(3, attempts.get());
            assertEquals(4, r.calls().made(CallKind.VIDEO), "a retried call counts once");
        }
    }

    @Test
    void aStageWhoseInputIsMissingSaysWhichOne() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.chat("m", UserMessage.of("lamp"), null);
            TurnResult r = agent.run("m", new Intent.RunStage(Stage.VIDEO), null);
            assertEquals(1, r.failures().size());
            assertTrue(r.reply().contains("Video needs FirstFrameImage first"), r.reply());
            assertEquals(0, models.calls().size());
        }
    }

    @Test
    void cancellingStopsTheTurnAndKeepsWhatWasFinished() throws Exception {
        CountDownLatch videoStarted = new CountDownLatch(2); // a clip is running and every first frame is done
        FakeModels models = new FakeModels().latency(CallKind.VIDEO, 10_000)
                .hook("clip:0", (p, j) -> videoStarted.countDown());
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.chat("c", UserMessage.of("lamp"), null);
            TurnHandle h = agent.start("c", UserMessage.of("make it"), ev -> {
                events.add(ev);
                if (ev instanceof FilmEvent.StageDone && ((FilmEvent.StageDone) ev).stage() == Stage.FIRST_FRAME_IMAGE) {
                    videoStarted.countDown();
                }
            });
            assertTrue(videoStarted.await(20, TimeUnit.SECONDS));
            h.cancel();

            ExecutionException e = assertThrows(ExecutionException.class, () -> h.result().get(20, TimeUnit.SECONDS));
            assertInstanceOf(CancelledException.class, e.getCause());
            FilmSession s = agent.session("c").orElseThrow();
            assertTrue(s.completed().contains(Stage.FIRST_FRAME_IMAGE));
            assertEquals(4, s.firstFrames().size());
            assertTrue(s.clips().isEmpty());
            assertFalse(s.completed().contains(Stage.VIDEO));
            assertTrue(events.stream().anyMatch(ev -> ev instanceof FilmEvent.Reply
                    && ((FilmEvent.Reply) ev).text().startsWith("Cancelled")));
            assertTrue(events.stream().noneMatch(ev -> ev instanceof FilmEvent.StageFailed),
                    "a cancellation is not a failure");

            models.latency(CallKind.VIDEO, 0);
            TurnResult resumed = agent.run("c", new Intent.MakeFilm(), null);
            assertTrue(resumed.ok(), resumed.reply());
            assertEquals(0, resumed.calls().made(CallKind.IMAGE), "finished frames are reused after a cancel");
        }
    }

    @Test
    void aThrowingListenerNeverBreaksTheRun() {
        FakeModels models = new FakeModels();
        AtomicInteger seen = new AtomicInteger();
        try (FilmAgent agent = Agents.builder(models).listener(e -> {
            seen.incrementAndGet();
            throw new IllegalStateException("listener bug");
        }).build()) {
            TurnResult r = agent.generate("l", Topic.of("lamp"), e -> {
                throw new IllegalArgumentException("another bug");
            });
            assertTrue(r.ok(), r.reply());
            assertTrue(seen.get() > 20);
        }
    }
}
