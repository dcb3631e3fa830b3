package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.stage.Stage;
import dev.filmgen.testkit.Agents;
import dev.filmgen.testkit.FakeModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphSchedulingTest {

    @Test
    void aBoardsClipStartsAsSoonAsItsOwnFirstFrameExists() {
        FakeModels models = new FakeModels()
                .latency(CallKind.IMAGE, p -> p.equals("frame:1") ? 600 : 20)
                .latency(CallKind.VIDEO, 20);
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = agent.generate("g", Topic.of("lamp"), null);
            assertTrue(r.ok(), r.reply());
        }
        FakeModels.Call clip0 = models.first("clip:0");
        FakeModels.Call frame1 = models.first("frame:1");
        assertTrue(clip0.startNanos() < frame1.endNanos(),
                "board 1's clip must not wait for board 2's first frame");
        assertTrue(models.first("clip:1").startNanos() >= frame1.endNanos(), "board 2's clip needs its first frame");
    }

    @Test
    void voicesAreMadeBesideThePictures() {
        FakeModels models = new FakeModels()
                .latency(CallKind.IMAGE, 100)
                .latency(CallKind.VIDEO, 300);
        try (FilmAgent agent = Agents.builder(models).build()) {
            assertTrue(agent.generate("g", Topic.of("lamp"), null).ok());
        }
        long firstVoice = models.calls(CallKind.SPEECH).stream().mapToLong(FakeModels.Call::startNanos).min()
                .orElseThrow();
        long firstClipEnd = models.calls(CallKind.VIDEO).stream().mapToLong(FakeModels.Call::endNanos).min()
                .orElseThrow();
        assertTrue(firstVoice < firstClipEnd, "Audio must not wait for the clips");
    }

    @Test
    void everyItemRunsAfterWhatItReads() {
        FakeModels models = new FakeModels().latency(CallKind.TEXT, 5).latency(CallKind.IMAGE, 5);
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).build()) {
            assertTrue(agent.generate("g", Topic.of("lamp"), events::add).ok());
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(models.first("frame:" + i).startNanos() >= models.first("role:Ann").endNanos());
            assertTrue(models.first("frame:" + i).startNanos() >= models.first("role:Bob").endNanos());
            assertTrue(models.first("clip:" + i).startNanos() >= models.first("VideoDescription").endNanos());
            assertTrue(models.first("voice:" + i).startNanos() >= models.first("Line").endNanos());
            assertTrue(models.first("film").startNanos() >= models.first("clip:" + i).endNanos());
            assertTrue(models.first("film").startNanos() >= models.first("voice:" + i).endNanos());
        }
        assertTrue(models.first("FirstFrameDescription").startNanos() >= models.first("RoleDescription").endNanos());
        List<Stage> done = events.stream().filter(e -> e instanceof FilmEvent.StageDone)
                .map(e -> ((FilmEvent.StageDone) e).stage()).toList();
        assertEquals(Stage.FILM, done.get(done.size() - 1));
        assertEquals(12, done.size());
    }
}
