package dev.filmgen.dashscope;

import dev.filmgen.calls.Quota;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.config.StageConfig;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.Billed;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.stage.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends each call to the provider its model name belongs to, so one config can mix providers per stage
 * ({@code offline} text with DashScope pictures, or the reverse). Routes are name prefixes; the longest
 * match wins. {@link #validate(FilmConfig)} turns an unknown name into an error naming the stage. A routed call
 * keeps what the provider billed for it (the {@code …Billed} variants pass through).
 */
public final class ModelRouter {
    private final Map<String, ModelSet> routes;

    private ModelRouter(Map<String, ModelSet> routes) {
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The provider serving {@code model}, if any route matches. */
    public Optional<ModelSet> resolve(String model) {
        if (model == null) {
            return Optional.empty();
        }
        String m = model.trim().toLowerCase(Locale.ROOT);
        String best = null;
        for (String prefix : routes.keySet()) {
            if (m.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return Optional.ofNullable(best == null ? null : routes.get(best));
    }

    /**
     * Ports that route every call by its request's model name. They are {@link ModelFacts} too: what a routed
     * model's provider documents (its quota…) is asked of the port it routes to.
     */
    public ModelSet models() {
        return new ModelSet(new RoutedText(), new RoutedImage(), new RoutedVideo(), new RoutedSpeech(),
                new RoutedVision());
    }

    /**
     * Checks that every model named in {@code config} routes to a provider with a port of the kind the
     * stage needs; throws one {@link InvalidInputException} listing each stage that does not.
     */
    public void validate(FilmConfig config) {
        List<String> problems = new ArrayList<>();
        for (Stage s : Stage.values()) {
            StageConfig c = config.stage(s);
            switch (s) {
                case TOPIC:
                case FILM:
                    break;
                case SCRIPT:
                    check(problems, s.wireName(), c.model(), ModelSet::text, "text");
                    check(problems, s.wireName() + " (t2iModel)", c.t2iModel(), ModelSet::image, "image");
                    check(problems, s.wireName() + " (vlModel)", c.vlModel(), ModelSet::vision, "vision");
                    break;
                case ROLE_IMAGE:
                case FIRST_FRAME_IMAGE:
                    check(problems, s.wireName(), c.model(), ModelSet::image, "image");
                    break;
                case VIDEO:
                    check(problems, s.wireName(), c.model(), ModelSet::video, "video");
                    break;
                case AUDIO:
                    check(problems, s.wireName(), c.model(), ModelSet::speech, "speech");
                    break;
                default:
                    check(problems, s.wireName(), c.model(), ModelSet::text, "text");
            }
        }
        check(problems, "intent classifier (intentModel)", config.intentModel(), ModelSet::text, "text");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems));
        }
    }

    private void check(List<String> problems, String where, String model, Function<ModelSet, ?> kind, String what) {
        if (model == null || model.isBlank() || model.equalsIgnoreCase("none")) {
            return;
        }
        Optional<ModelSet> set = resolve(model);
        if (set.isEmpty()) {
            problems.add("stage " + where + ": unknown model '" + model + "' (known: " + known() + ")");
        } else if (kind.apply(set.get()) == null) {
            problems.add("stage " + where + ": model '" + model + "' routes to a provider with no " + what + " model");
        }
    }

    private <P> P port(String model, Function<ModelSet, P> kind, String what) {
        ModelSet set = resolve(model).orElseThrow(() -> new InvalidInputException(
                "unknown model '" + model + "' (known: " + known() + ")"));
        P port = kind.apply(set);
        if (port == null) {
            throw new InvalidInputException("model '" + model + "' routes to a provider with no " + what + " model");
        }
        return port;
    }

    private String known() {
        return String.join(", ", new TreeSet<>(routes.keySet())) + "…";
    }

    /** Collects routes. */
    public static final class Builder {
        private final Map<String, ModelSet> routes = new LinkedHashMap<>();

        private Builder() {
        }

        /** Routes every model named {@code prefix} or starting with it (case-insensitive) to {@code models}. */
        public Builder route(String prefix, ModelSet models) {
            if (prefix == null || prefix.isBlank()) {
                throw new InvalidInputException("prefix: must not be blank");
            }
            if (models == null) {
                throw new InvalidInputException("models: must not be null (route " + prefix + ")");
            }
            routes.put(prefix.trim().toLowerCase(Locale.ROOT), models);
            return this;
        }

        /** Routes every name this module knows ({@link DashScopeDefaults#MODEL_PREFIXES}) to {@code models}. */
        public Builder dashScope(ModelSet models) {
            DashScopeDefaults.MODEL_PREFIXES.forEach(p -> route(p, models));
            return this;
        }

        public ModelRouter build() {
            if (routes.isEmpty()) {
                throw new InvalidInputException("routes: add at least one route");
            }
            return new ModelRouter(routes);
        }
    }

    /** Asks the facts of a model of the kind {@code kind} from the port it routes to. */
    private abstract class Routed implements ModelFacts {
        abstract Object portFor(ModelSet set);

        private ModelFacts factsOf(String model) {
            return resolve(model).map(set -> ModelFacts.of(portFor(set))).orElse(ModelFacts.NONE);
        }

        @Override
        public Optional<Quota> quota(String model) {
            return factsOf(model).quota(model);
        }

        @Override
        public Optional<List<String>> voices(String model) {
            return factsOf(model).voices(model);
        }

        @Override
        public java.util.OptionalInt promptCap(String model) {
            return factsOf(model).promptCap(model);
        }

        @Override
        public java.util.OptionalInt negativePromptCap(String model) {
            return factsOf(model).negativePromptCap(model);
        }

        @Override
        public Optional<String> unavailable(String model) {
            return factsOf(model).unavailable(model);
        }

        @Override
        public boolean needsReachableMedia(String model) {
            return factsOf(model).needsReachableMedia(model);
        }

        @Override
        public java.util.OptionalLong inlineLimit(String model) {
            return factsOf(model).inlineLimit(model);
        }
    }

    private final class RoutedText extends Routed implements TextModel {
        @Override Object portFor(ModelSet set) { return set.text(); }

        @Override
        public TextResponse chat(TextRequest req, Consumer<String> deltas) {
            return port(req.model(), ModelSet::text, "text").chat(req, deltas);
        }
    }

    private final class RoutedImage extends Routed implements ImageModel {
        @Override Object portFor(ModelSet set) { return set.image(); }

        @Override
        public MediaAsset generate(ImageRequest req, TaskJournal journal) {
            return port(req.model(), ModelSet::image, "image").generate(req, journal);
        }

        @Override
        public Billed<MediaAsset> generateBilled(ImageRequest req, TaskJournal journal) {
            return port(req.model(), ModelSet::image, "image").generateBilled(req, journal);
        }
    }

    private final class RoutedVideo extends Routed implements VideoModel {
        @Override Object portFor(ModelSet set) { return set.video(); }

        @Override
        public MediaAsset generate(VideoRequest req, TaskJournal journal) {
            return port(req.model(), ModelSet::video, "video").generate(req, journal);
        }

        @Override
        public Billed<MediaAsset> generateBilled(VideoRequest req, TaskJournal journal) {
            return port(req.model(), ModelSet::video, "video").generateBilled(req, journal);
        }
    }

    private final class RoutedSpeech extends Routed implements SpeechModel {
        @Override Object portFor(ModelSet set) { return set.speech(); }

        @Override
        public MediaAsset speak(SpeechRequest req) {
            return port(req.model(), ModelSet::speech, "speech").speak(req);
        }

        @Override
        public Billed<MediaAsset> speakBilled(SpeechRequest req) {
            return port(req.model(), ModelSet::speech, "speech").speakBilled(req);
        }
    }

    private final class RoutedVision extends Routed implements VisionModel {
        @Override Object portFor(ModelSet set) { return set.vision(); }

        @Override
        public String describe(VisionRequest req) {
            return port(req.model(), ModelSet::vision, "vision").describe(req);
        }

        @Override
        public Billed<String> describeBilled(VisionRequest req) {
            return port(req.model(), ModelSet::vision, "vision").describeBilled(req);
        }
    }
}
