package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.FilmConfigLoader;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.Line;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.internal.Voices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What is checked at the start of a turn, before any model is paid: every model the turn calls is offered where the
 * provider is set up (the account's region); every configured voice exists for the speech
 * model (and every voice already cast, when Audio runs without Line); with a storage whose links point at this
 * machine, every model that fetches pictures itself takes them inline and the product photo fits inline. One {@link InvalidInputException} lists every
 * problem, each naming its config key or board, the model and what to use instead.
 */
public final class TurnChecks {
    private TurnChecks() {
    }

    /** Throws when the turn would fail for a reason known now; {@code session} is the session as the turn sees it. */
    public static void check(RunnerDeps deps, Set<Stage> planned, FilmSession session) {
        List<String> problems = new ArrayList<>();
        offered(deps, planned, problems);
        if (planned.contains(Stage.LINE) || planned.contains(Stage.AUDIO)) {
            voices(deps, planned, session, problems);
        }
        if (!deps.storage().publicLinks()) {
            media(deps, planned, session, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems) + " (checked before any paid call; nothing"
                    + " was made)");
        }
    }

    /**
     * A model a stage calls, by config key.
     *
     * @param pictures whether the stage gives it pictures
     * @param productPhoto whether one of them can be the product photo
     */
    private record ModelUse(Stage stage, CallKind kind, String model, String key, boolean pictures,
                            boolean productPhoto) { }

    /** Every model the turn will call is one its provider offers as set up (the account's region). */
    private static void offered(RunnerDeps deps, Set<Stage> planned, List<String> problems) {
        for (ModelUse use : modelsUsed(deps.config(), planned)) {
            deps.models().facts(use.stage(), use.kind()).unavailable(use.model())
                    .ifPresent(why -> problems.add("config key " + use.key() + ": " + why));
        }
    }

    /**
     * With a storage whose links point at this machine, every model that fetches pictures itself must take them
     * inline, and the product photo must fit inline (as a smaller JPEG if need be).
     */
    private static void media(RunnerDeps deps, Set<Stage> planned, FilmSession session, List<String> problems) {
        long photoLimit = Long.MAX_VALUE;
        String photoModel = null;
        for (ModelUse use : modelsUsed(deps.config(), planned)) {
            ModelFacts facts = deps.models().facts(use.stage(), use.kind());
            OptionalLong limit = facts.inlineLimit(use.model());
            if (!use.pictures() || !facts.needsReachableMedia(use.model()) || limit.isEmpty()) {
                continue;
            }
            if (limit.getAsLong() == 0) {
                problems.add("config key " + use.key() + ": " + use.model() + " fetches pictures only from public links,"
                        + " and this storage's links point at this machine; " + ReachableMedia.CONFIGURE
                        + ", or use a model that takes pictures inline");
            } else if (use.productPhoto() && limit.getAsLong() < photoLimit) {
                photoLimit = limit.getAsLong();
                photoModel = use.model();
            }
        }
        if (photoModel != null && session.productImage() != null) {
            try {
                new ReachableMedia(deps.storage()).reach(session.productImage(), photoModel, photoLimit,
                        "the product photo");
            } catch (InvalidInputException e) {
                problems.add(e.getMessage());
            }
        }
    }

    private static List<ModelUse> modelsUsed(FilmConfig config, Set<Stage> planned) {
        List<ModelUse> uses = new ArrayList<>();
        for (Stage s : planned) {
            StageConfig c = config.stage(s);
            String section = FilmConfigLoader.sectionOf(s);
            switch (s) {
                case TOPIC:
                case FILM:
                    break;
                case SCRIPT:
                    add(uses, s, CallKind.TEXT, c.model(), section + ".model", false);
                    add(uses, s, CallKind.IMAGE, c.t2iModel(), section + ".t2i_model", false);
                    add(uses, s, CallKind.VISION, c.vlModel(), section + ".vl_model", true);
                    break;
                case ROLE_IMAGE:
                case FIRST_FRAME_IMAGE:
                    add(uses, s, CallKind.IMAGE, c.model(), section + ".model", true);
                    add(uses, s, CallKind.IMAGE, option(c, StageConfig.REFERENCE_MODEL), section + "."
                            + StageConfig.REFERENCE_MODEL, true);
                    add(uses, s, CallKind.VISION, option(c, StageConfig.JUDGE_MODEL), section + "."
                            + StageConfig.JUDGE_MODEL, true);
                    break;
                case VIDEO:
                    uses.add(use(s, CallKind.VIDEO, c.model(), section + ".model", true, false));
                    break;
                case AUDIO:
                    add(uses, s, CallKind.SPEECH, c.model(), section + ".model", false);
                    break;
                default:
                    add(uses, s, CallKind.TEXT, c.model(), section + ".model", false);
            }
        }
        uses.removeIf(u -> u == null);
        return uses;
    }

    private static void add(List<ModelUse> uses, Stage s, CallKind kind, String model, String key, boolean pictures) {
        uses.add(use(s, kind, model, key, pictures, pictures));
    }

    private static ModelUse use(Stage s, CallKind kind, String model, String key, boolean pictures, boolean photo) {
        if (model == null || model.isBlank() || model.equalsIgnoreCase("none")) {
            return null;
        }
        return new ModelUse(s, kind, model.trim(), key, pictures, photo);
    }

    private static String option(StageConfig c, String key) {
        Object v = c.options().get(key);
        return v == null ? null : v.toString();
    }

    private static void voices(RunnerDeps deps, Set<Stage> planned, FilmSession session, List<String> problems) {
        FilmConfig config = deps.config();
        String model = config.stage(Stage.AUDIO).model();
        Optional<List<String>> offered = deps.models().facts(Stage.AUDIO, CallKind.SPEECH).voices(model);
        if (offered.isEmpty()) {
            return;
        }
        problems.addAll(Voices.problems(config, model, offered.get()));
        if (!planned.contains(Stage.LINE)) {
            for (Line line : session.lines()) {
                if (line.voice() != null && Voices.spelled(line.voice(), offered.get()) == null) {
                    problems.add("board " + (line.board() + 1) + ": " + Voices.missing(model, line.voice(),
                            offered.get()) + "; run Line again to cast voices " + model + " speaks, or edit the voice");
                }
            }
        }
    }
}
