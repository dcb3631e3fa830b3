package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.Quota;
import dev.filmgen.calls.QuotaOverride;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runner keeps every call within the quota its provider documents, unless the stage's config says otherwise. */
class DocumentedQuotaTest {
    /** A speech port documenting 10 requests per minute, one at a time, like qwen-tts. */
    private static final class TenPerMinuteVoice implements SpeechModel, ModelFacts {
        final SpeechModel fake;
        final List<Long> starts = Collections.synchronizedList(new ArrayList<>());

        TenPerMinuteVoice(FakeModels models) {
            this.fake = models.speech();
        }

        @Override
        public MediaAsset speak(SpeechRequest request) {
            starts.add(System.nanoTime());
            return fake.speak(request);
        }

        @Override
        public Optional<Quota> quota(String model) {
            return Optional.of(Quota.perMinute(10, 1));
        }
    }

    private static FilmConfig audioLimits(QuotaOverride limits) {
        FilmConfig c = Agents.config(4, 1, 1000, 16);
        Map<Stage, StageConfig> m = new EnumMap<>(c.stages());
        m.put(Stage.AUDIO, new StageConfig("ten-per-minute-tts", null, null, limits, Map.of()));
        return new FilmConfig(m, c.intentModel(), 4, 1, c.aspect(), c.clipSeconds(), c.seed(), c.filmStyle());
    }

    private static List<FilmEvent> film(TenPerMinuteVoice voice, FakeModels models, FilmConfig config) {
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).speechModel(voice).config(config)
                .callLimiter(ModelLimits.scaled(10)).build()) {
            TurnResult r = agent.generate("q", Topic.of("kettle"), events::add);
            assertTrue(r.ok(), r.reply());
        }
        return events;
    }

    @Test
    void speechKeepsToItsProvidersTenPerMinuteAndSaysItIsWaiting() {
        FakeModels models = new FakeModels();
        TenPerMinuteVoice voice = new TenPerMinuteVoice(models);
        List<FilmEvent> events = film(voice, models, audioLimits(QuotaOverride.NONE));

        List<Long> starts = new ArrayList<>(voice.starts);
        Collections.sort(starts);
        assertEquals(4, starts.size());
        for (int i = 1; i < starts.size(); i++) {
            // 600 ms apart by the schedule; a loaded machine may hand a call to its thread a little late, a burst
            // would show as a few ms
            assertTrue(starts.get(i) - starts.get(i - 1) >= 350_000_000L,
                    "6 s apart in 1/10 time, was " + (starts.get(i) - starts.get(i - 1)) / 1e6 + " ms");
        }
        List<FilmEvent.QuotaWait> waits = events.stream().filter(e -> e instanceof FilmEvent.QuotaWait)
                .map(e -> (FilmEvent.QuotaWait) e).toList();
        assertTrue(waits.size() >= 3, "three voices waited for the quota: " + waits);
        assertTrue(waits.stream().allMatch(w -> w.stage() == Stage.AUDIO && w.model().equals("ten-per-minute-tts")
                && w.quota().equals("10 per minute, 1 at once")), waits.toString());
        assertEquals(4, models.count(CallKind.SPEECH));
    }

    @Test
    void aStagesOwnRateReplacesTheDocumentedOne() {
        FakeModels models = new FakeModels();
        TenPerMinuteVoice voice = new TenPerMinuteVoice(models);
        List<FilmEvent> events = film(voice, models, audioLimits(new QuotaOverride(null, 60_000.0, 4)));

        assertTrue(events.stream().noneMatch(e -> e instanceof FilmEvent.QuotaWait
                && ((FilmEvent.QuotaWait) e).stage() == Stage.AUDIO), "1000 per second needs no reported wait");
        List<Long> starts = new ArrayList<>(voice.starts);
        Collections.sort(starts);
        assertTrue(starts.get(3) - starts.get(0) < 1_000_000_000L,
                "no 6 s spacing (1.8 s in 1/10 time): " + (starts.get(3) - starts.get(0)) / 1e6 + " ms");
    }
}
