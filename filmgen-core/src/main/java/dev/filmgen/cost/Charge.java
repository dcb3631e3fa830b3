package dev.filmgen.cost;

import dev.filmgen.calls.CallKind;
import dev.filmgen.model.Units;
import dev.filmgen.stage.Stage;
import java.time.Instant;
import java.util.Objects;

/**
 * One model call that reached a provider, as the session's ledger keeps it: what it was for and the units billed.
 * Money is worked out from the units when asked ({@link FilmCost}), so a corrected price list corrects old sessions.
 *
 * @param key the reuse key of the call (a later reuse of the result is matched by it)
 * @param stage the stage that made it
 * @param item board or role index, or -1 for a whole-stage call
 * @param model the model called
 * @param kind text, image, video, speech or vision
 * @param units what the provider billed
 * @param estimated true when the provider reported no usage and the units were counted from the request and result
 * @param at when the result came back
 */
public record Charge(String key, Stage stage, int item, String model, CallKind kind, Units units, boolean estimated,
                     Instant at) {
    public Charge {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        units = units == null ? Units.NONE : units;
    }
}
