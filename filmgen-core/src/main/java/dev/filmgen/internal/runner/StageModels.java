package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VisionModel;
import dev.filmgen.stage.Stage;
import java.util.EnumMap;
import java.util.Map;

/** The model ports of an agent: one default set plus per-stage overrides. */
public final class StageModels {
    private final ModelSet defaults;
    private final Map<Stage, ModelSet> overrides;

    public StageModels(ModelSet defaults, Map<Stage, ModelSet> overrides) {
        this.defaults = defaults;
        this.overrides = overrides.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(overrides);
    }

    private ModelSet of(Stage stage) {
        ModelSet o = overrides.get(stage);
        return o == null ? defaults : o.orElse(defaults);
    }

    public TextModel text(Stage stage) {
        return need(of(stage).text(), "textModel", stage);
    }

    public ImageModel image(Stage stage) {
        return need(of(stage).image(), "imageModel", stage);
    }

    public VideoModel video(Stage stage) {
        return need(of(stage).video(), "videoModel", stage);
    }

    public SpeechModel speech(Stage stage) {
        return need(of(stage).speech(), "speechModel", stage);
    }

    public VisionModel vision(Stage stage) {
        return need(of(stage).vision(), "visionModel", stage);
    }

    /**
     * What the provider of {@code stage}'s port of {@code kind} documents about its models ({@link ModelFacts#NONE}
     * when the port is missing or documents nothing).
     */
    public ModelFacts facts(Stage stage, CallKind kind) {
        ModelSet set = of(stage);
        switch (kind) {
            case TEXT: return ModelFacts.of(set.text());
            case IMAGE: return ModelFacts.of(set.image());
            case VIDEO: return ModelFacts.of(set.video());
            case SPEECH: return ModelFacts.of(set.speech());
            case VISION: return ModelFacts.of(set.vision());
            default: return ModelFacts.NONE;
        }
    }

    private static <T> T need(T port, String field, Stage stage) {
        if (port == null) {
            throw new InvalidInputException("stage " + stage + " needs a " + field
                    + " but none was configured (FilmAgent.builder()." + field + "(...))");
        }
        return port;
    }
}
