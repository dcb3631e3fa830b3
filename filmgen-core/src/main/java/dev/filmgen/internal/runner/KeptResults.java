package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.cost.Charge;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.stage.Stage;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results a "make the film" turn keeps from stages an earlier turn finished (after a crash, a resume) instead of
 * making them again. They count as reused in the turn's call counts, so its reply and {@code TurnResult.calls()} say
 * what was taken from the session, not "reused 0". One result per stage, item and kind of call: older results of the
 * same slot (kept in the reuse cache after an edit) are not counted again.
 */
public final class KeptResults {
    private KeptResults() {
    }

    /** Counts, into {@code state}, the finished results of the stages {@code s} completed that {@code run} leaves be. */
    public static void count(FilmSession s, Set<Stage> run, TurnState state) {
        Set<Stage> kept = EnumSet.noneOf(Stage.class);
        kept.addAll(s.completed());
        kept.removeAll(run);
        kept.remove(Stage.TOPIC);
        if (kept.isEmpty()) {
            return;
        }
        Map<String, CallKind> kinds = new HashMap<>();
        for (Charge c : s.charges()) {
            kinds.put(c.key(), c.kind());
        }
        Set<List<Object>> slots = new HashSet<>();
        for (TaskRecord t : s.tasks().values()) {
            if (t.status() != TaskRecord.Status.DONE || !kept.contains(t.stage())) {
                continue;
            }
            CallKind kind = kinds.getOrDefault(t.key(), kindOf(t.stage()));
            if (slots.add(List.of(t.stage(), t.item(), kind))) {
                state.countReused(kind);
            }
        }
    }

    /** The usual call kind of a stage's results, for records made before the ledger named it. */
    static CallKind kindOf(Stage stage) {
        switch (stage) {
            case ROLE_IMAGE:
            case FIRST_FRAME_IMAGE:
                return CallKind.IMAGE;
            case VIDEO:
                return CallKind.VIDEO;
            case AUDIO:
                return CallKind.SPEECH;
            case FILM:
                return CallKind.COMPOSE;
            default:
                return CallKind.TEXT;
        }
    }
}
