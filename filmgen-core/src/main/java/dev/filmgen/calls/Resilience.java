package dev.filmgen.calls;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Retry and deadline settings for model calls: attempts for retriable failures only, jittered
 * exponential backoff from {@code baseDelay} capped at {@code maxDelay}, and a deadline per call kind.
 *
 * @param maxAttempts attempts per call, first included (1 disables retries)
 * @param baseDelay first backoff
 * @param maxDelay longest backoff
 * @param deadlines longest wait for one attempt, by call kind
 */
public record Resilience(int maxAttempts, Duration baseDelay, Duration maxDelay, Map<CallKind, Duration> deadlines) {
    public Resilience {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10: " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay: " + baseDelay + ", " + maxDelay);
        }
        Map<CallKind, Duration> d = new EnumMap<>(CallKind.class);
        d.putAll(defaultDeadlines());
        if (deadlines != null) {
            d.putAll(deadlines);
        }
        deadlines = Collections.unmodifiableMap(d);
    }

    /** 3 attempts, 0.5 s base, 8 s cap; deadlines text 3 min, image 5 min, video 15 min, speech 2 min, vision 3 min. */
    public static Resilience defaults() {
        return new Resilience(3, Duration.ofMillis(500), Duration.ofSeconds(8), null);
    }

    public Duration deadline(CallKind kind) {
        return deadlines.get(kind);
    }

    /** The same settings with other backoff delays. */
    public Resilience withBackoff(Duration base, Duration max) {
        return new Resilience(maxAttempts, base, max, deadlines);
    }

    /** The same settings with one deadline changed. */
    public Resilience withDeadline(CallKind kind, Duration deadline) {
        Map<CallKind, Duration> d = new EnumMap<>(deadlines);
        d.put(kind, deadline);
        return new Resilience(maxAttempts, baseDelay, maxDelay, d);
    }

    private static Map<CallKind, Duration> defaultDeadlines() {
        Map<CallKind, Duration> d = new EnumMap<>(CallKind.class);
        d.put(CallKind.TEXT, Duration.ofMinutes(3));
        d.put(CallKind.IMAGE, Duration.ofMinutes(5));
        d.put(CallKind.VIDEO, Duration.ofMinutes(15));
        d.put(CallKind.SPEECH, Duration.ofMinutes(2));
        d.put(CallKind.VISION, Duration.ofMinutes(3));
        d.put(CallKind.COMPOSE, Duration.ofMinutes(10));
        return d;
    }
}
