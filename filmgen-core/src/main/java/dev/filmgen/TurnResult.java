package dev.filmgen;

import dev.filmgen.calls.CallCounts;
import dev.filmgen.cost.FilmCost;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one turn did.
 *
 * @param session the session after the turn (saved)
 * @param intent what the turn was understood to ask for
 * @param reply the closing message: what was done, what was re-made and why, what failed
 * @param failures stage or board failures (finished results are kept in the session)
 * @param timings wall time per stage run in this turn, first item start to last item end
 * @param calls model calls made and results reused, by kind
 * @param cost what the turn's model calls cost, per stage and in total, and what reuse saved
 */
public record TurnResult(FilmSession session, Intent intent, String reply, List<StageFailedException> failures,
                         Map<Stage, Duration> timings, CallCounts calls, FilmCost cost) {
    public TurnResult {
        failures = List.copyOf(failures);
        Map<Stage, Duration> t = new EnumMap<>(Stage.class);
        t.putAll(timings);
        timings = Collections.unmodifiableMap(t);
        cost = cost == null ? FilmCost.NONE : cost;
    }

    /** Whether nothing failed. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
