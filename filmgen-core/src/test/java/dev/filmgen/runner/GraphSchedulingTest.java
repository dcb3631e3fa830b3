package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
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
    void allImageStagesShareTheirModelsRateLimit() {
        FakeModels models = new FakeModels();
        dev.filmgen.config.FilmConfig config = Agents.config(4, 2, 1000, 16);
        java.util.Map<Stage, dev.filmgen.config.StageConfig> m = new java.util.EnumMap<>(config.stages());
        for (Stage s : List.of(Stage.ROLE_IMAGE, Stage.FIRST_FRAME_IMAGE)) {
            m.put(s, new dev.filmgen.config.StageConfig("shared-t2i", null, null, 5, 4, java.util.Map.of()));
        }
        config = new dev.filmgen.config.FilmConfig(m, config.intentModel(), 4, 2, config.aspect(), config.clipSeconds(),
                config.seed(), config.filmStyle());
        try (FilmAgent agent = Agents.builder(models).config(config).build()) {
            assertTrue(agent.generate("g", Topic.of("lamp"), null).ok());
        }
        List<Long> starts = models.calls(CallKind.IMAGE).stream().map(FakeModels.Call::startNanos).sorted().toList();
        assertEquals(6, starts.size());
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) - starts.get(0) >= (i - 1) * 200_000_000L * 0.98,
                    "image start " + i + " came too early: " + (starts.get(i) - starts.get(0)) / 1e6 + " ms");
        }
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
