package dev.filmgen.internal.runner;

import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a turn will do: a change applied to the session first (patch and clear), the stages to run,
 * items that bypass reuse, and the explanation for the user.
 *
 * @param change applied and saved before running (may be identity)
 * @param stages stages to run, results already cleared by {@code change}
 * @param bypass items that must be made anew, by stage (-1 for a whole stage)
 * @param explanation what will be done and why
 * @param refusal when non-null, nothing runs and this is the failure to report
 */
public record Plan(UnaryOperator<FilmSession.Builder> change, Set<Stage> stages, Map<Stage, Set<Integer>> bypass,
                   String explanation, Refusal refusal) {

    /** Why a plan cannot run, naming the stage concerned. */
    public record Refusal(Stage stage, String message) { }

    public static Plan refuse(Stage stage, String message) {
        return new Plan(b -> b, Set.of(), Map.of(), message, new Refusal(stage, message));
    }

    public static Plan say(String message) {
        return new Plan(b -> b, Set.of(), Map.of(), message, null);
    }
}
