package dev.filmgen.calls;

/**
 * A stage's own limits from its config ({@code rps}, {@code rpm}, {@code max_in_flight}), laid over the model's
 * documented {@link Quota}. A null field keeps the documented value; {@code rps} and {@code rpm} exclude each other.
 *
 * @param rps starts per second, or null
 * @param rpm starts per minute, or null
 * @param maxInFlight calls at once, or null
 */
public record QuotaOverride(Double rps, Double rpm, Integer maxInFlight) {
    /** No override: the model's documented quota applies. */
    public static final QuotaOverride NONE = new QuotaOverride(null, null, null);

    public QuotaOverride {
        if (rps != null && rpm != null) {
            throw new IllegalArgumentException("set rps or rpm, not both (rps " + rps + ", rpm " + rpm + ")");
        }
        if (rps != null && !(rps > 0)) {
            throw new IllegalArgumentException("rps must be positive, was " + rps);
        }
        if (rpm != null && !(rpm > 0)) {
            throw new IllegalArgumentException("rpm must be positive, was " + rpm);
        }
        if (maxInFlight != null && maxInFlight < 1) {
            throw new IllegalArgumentException("max_in_flight must be at least 1, was " + maxInFlight);
        }
    }

    /** Whether nothing is overridden. */
    public boolean isEmpty() {
        return rps == null && rpm == null && maxInFlight == null;
    }

    /** {@code base} with the fields this override sets replaced. */
    public Quota applyTo(Quota base) {
        int inFlight = maxInFlight != null ? maxInFlight : base.maxInFlight();
        if (rps != null) {
            return Quota.perSecond(rps, inFlight);
        }
        if (rpm != null) {
            return Quota.perMinute(rpm, inFlight);
        }
        return base.withMaxInFlight(inFlight);
    }
}
