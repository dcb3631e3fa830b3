package dev.filmgen.cost;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one stage cost in a turn.
 *
 * @param calls model calls made
 * @param reused results reused instead of a call
 * @param amount yuan paid
 * @param saved yuan the reused results cost when they were made
 * @param items yuan paid by board or role index (-1 for whole-stage calls)
 */
public record StageCost(int calls, int reused, BigDecimal amount, BigDecimal saved, Map<Integer, BigDecimal> items) {
    /** Nothing. */
    public static final StageCost NONE = new StageCost(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, Map.of());

    public StageCost {
        items = Collections.unmodifiableMap(new TreeMap<>(items == null ? Map.of() : items));
    }

    /** This stage cost and {@code o}'s added up. */
    public StageCost plus(StageCost o) {
        Map<Integer, BigDecimal> m = new TreeMap<>(items);
        o.items.forEach((k, v) -> m.merge(k, v, BigDecimal::add));
        return new StageCost(calls + o.calls, reused + o.reused, amount.add(o.amount), saved.add(o.saved), m);
    }
}
