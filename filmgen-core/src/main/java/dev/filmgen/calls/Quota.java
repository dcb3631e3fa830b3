package dev.filmgen.calls;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A model's request quota: at most {@code requests} call starts per {@code per}, spaced evenly (one start every
 * {@link #spacing()}, never a burst), and at most {@code maxInFlight} calls running at once. Providers count per
 * second or per minute; a refusal for the quota lasts at most one {@link #window()}.
 *
 * @param requests starts allowed per {@code per} (may be fractional: 0.5 per second is one start every 2 s)
 * @param per the period the provider counts in (one second, one minute)
 * @param maxInFlight calls allowed at once
 */
public record Quota(double requests, Duration per, int maxInFlight) {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    public Quota {
        Objects.requireNonNull(per, "per");
        if (!(requests > 0) || Double.isInfinite(requests)) {
            throw new IllegalArgumentException("requests must be a positive number, was " + requests);
        }
        if (per.isZero() || per.isNegative()) {
            throw new IllegalArgumentException("per must be a positive duration, was " + per);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
    }

    /** {@code rps} starts per second, {@code maxInFlight} at once. */
    public static Quota perSecond(double rps, int maxInFlight) {
        return new Quota(rps, SECOND, maxInFlight);
    }

    /** {@code rpm} starts per minute, {@code maxInFlight} at once. */
    public static Quota perMinute(double rpm, int maxInFlight) {
        return new Quota(rpm, MINUTE, maxInFlight);
    }

    /** The least time between two starts: {@code per / requests}. */
    public Duration spacing() {
        return Duration.ofNanos(Math.max(1L, Math.round(per.toNanos() / requests)));
    }

    /** How long a provider's refusal for this quota may last: the period it counts in. */
    public Duration window() {
        return per;
    }

    /** Starts per second. */
    public double perSecond() {
        return requests * 1e9 / per.toNanos();
    }

    /** The same rate with another in-flight bound. */
    public Quota withMaxInFlight(int n) {
        return new Quota(requests, per, n);
    }

    /** For messages: {@code "10 per minute, 1 at once"}. */
    public String describe() {
        String unit = per.equals(MINUTE) ? "minute" : per.equals(SECOND) ? "second" : per.toMillis() + " ms";
        String n = requests == Math.rint(requests) ? String.valueOf((long) requests)
                : String.format(Locale.ROOT, "%.2f", requests);
        return n + " per " + unit + ", " + maxInFlight + " at once";
    }
}
