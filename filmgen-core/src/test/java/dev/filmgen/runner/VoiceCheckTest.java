package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.Intent;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.session.InMemorySessionStore;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A voice the speech model does not speak is refused at the start of the turn, before anything is paid for. */
class VoiceCheckTest {
    private static final List<String> FOUR = List.of("Cherry", "Serena", "Ethan", "Chelsie");

    /** A speech port whose provider documents four voices for every model, like qwen-tts. */
    private record FourVoices(SpeechModel fake) implements SpeechModel, ModelFacts {
        @Override
        public MediaAsset speak(SpeechRequest request) {
            return fake.speak(request);
        }

        @Override
        public Optional<List<String>> voices(String model) {
            return Optional.of(FOUR);
        }
    }

    private static FilmConfig withAudio(FilmConfig base, String model, Map<String, Object> options) {
        Map<Stage, StageConfig> m = new EnumMap<>(base.stages());
        m.put(Stage.AUDIO, new StageConfig(model, null, null, base.stage(Stage.AUDIO).limits(), options));
        return new FilmConfig(m, base.intentModel(), base.maxBoards(), base.maxRoles(), base.aspect(),
                base.clipSeconds(), base.seed(), base.filmStyle());
    }

    @Test
    void aConfiguredVoiceTheModelLacksIsAnErrorNamingKeyModelAndVoicesBeforeAnyCall() {
        FakeModels models = new FakeModels();
        FilmConfig config = withAudio(Agents.config(2, 1, 1000, 16), "four-voice-tts", Map.of("voice", "Dylan"));
        try (FilmAgent agent = Agents.builder(models).speechModel(new FourVoices(models.speech())).config(config)
                .build()) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> agent.generate("v", Topic.of("kettle"), null));
            assertTrue(e.getMessage().contains("config key audio.voice")
                    && e.getMessage().contains("four-voice-tts has no voice 'Dylan'")
                    && e.getMessage().contains("Cherry, Serena, Ethan, Chelsie"), e.getMessage());
        }
        assertEquals(0, models.calls().size(), "nothing was paid for: " + models.calls());
    }

    @Test
    void voicesAlreadyCastAreCheckedWhenAudioRunsWithoutLine() {
        FakeModels models = new FakeModels();
        InMemorySessionStore store = new InMemorySessionStore();
        FilmConfig config = Agents.config(2, 1, 1000, 16);
        try (FilmAgent agent = Agents.builder(models).config(config).sessionStore(store).build()) {
            TurnResult r = agent.generate("v", Topic.of("kettle"), null);
            assertTrue(r.ok(), r.reply());
        }
        int made = models.calls().size();
        SpeechModel otherVoices = new SpeechModel() {
            @Override
            public MediaAsset speak(SpeechRequest request) {
                return models.speech().speak(request);
            }
        };
        try (FilmAgent agent = Agents.builder(models).speechModel(new TwoVoices(otherVoices)).config(config)
                .sessionStore(store).build()) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> agent.run("v", new Intent.RunStage(Stage.AUDIO), null));
            assertTrue(e.getMessage().contains("board 1: ") && e.getMessage().contains("no voice 'Cherry'")
                    && e.getMessage().contains("Momo, Kai") && e.getMessage().contains("run Line again"),
                    e.getMessage());
        }
        assertEquals(made, models.calls().size(), "nothing was paid for");
    }

    /** A speech port that speaks only Momo and Kai. */
    private record TwoVoices(SpeechModel fake) implements SpeechModel, ModelFacts {
        @Override
        public MediaAsset speak(SpeechRequest request) {
            return fake.speak(request);
        }

        @Override
        public Optional<List<String>> voices(String model) {
            return Optional.of(List.of("Momo", "Kai"));
        }
    }
}
