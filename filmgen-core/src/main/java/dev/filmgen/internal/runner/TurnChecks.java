package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.Line;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.internal.Voices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is checked at the start of a turn, before any model is paid: every configured voice exists for the speech
 * model (and every voice already cast, when Audio runs without Line). One {@link InvalidInputException} lists every
 * problem, each naming its config key or board, the model and what to use instead.
 */
public final class TurnChecks {
    private TurnChecks() {
    }

    /** Throws when the turn would fail for a reason known now; {@code session} is the session as the turn sees it. */
    public static void check(RunnerDeps deps, Set<Stage> planned, FilmSession session) {
        List<String> problems = new ArrayList<>();
        if (planned.contains(Stage.LINE) || planned.contains(Stage.AUDIO)) {
            voices(deps, planned, session, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems) + " (checked before any paid call; nothing"
                    + " was made)");
        }
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
