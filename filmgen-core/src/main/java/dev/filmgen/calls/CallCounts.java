package dev.filmgen.calls;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many model calls a turn made and how many results it reused without a call, by kind.
 *
 * @param made calls that reached a model (or the composer), retries not counted twice
 * @param reused results taken from the session's reuse cache
 */
public record CallCounts(Map<CallKind, Integer> made, Map<CallKind, Integer> reused) {
    public CallCounts {
        made = complete(made);
        reused = complete(reused);
    }

    private static Map<CallKind, Integer> complete(Map<CallKind, Integer> m) {
        Map<CallKind, Integer> all = new EnumMap<>(CallKind.class);
        for (CallKind k : CallKind.values()) {
            all.put(k, m == null ? 0 : m.getOrDefault(k, 0));
        }
        return Collections.unmodifiableMap(all);
    }

    public int made(CallKind kind) {
        return made.get(kind);
    }

    public int reused(CallKind kind) {
        return reused.get(kind);
    }

    /** All calls made, every kind together. */
    public int totalMade() {
        return made.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** All results reused, every kind together. */
    public int totalReused() {
        return reused.values().stream().mapToInt(Integer::intValue).sum();
    }
}
