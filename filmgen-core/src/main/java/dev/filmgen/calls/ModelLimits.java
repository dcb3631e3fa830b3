package dev.filmgen.calls;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate limiters and in-flight bounds per model name, shared by every session and every agent that use
 * the same instance. {@link #shared()} is the process-wide one agents use by default, so two sessions
 * calling {@code wan2.2-i2v-plus} share its quota. The first settings seen for a name win.
 */
public final class ModelLimits {
    private static final Logger LOG = LoggerFactory.getLogger(ModelLimits.class);
    private static final ModelLimits SHARED = new ModelLimits();

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    private ModelLimits() {
    }

    /** The process-wide limits. */
    public static ModelLimits shared() {
        return SHARED;
    }

    /** A fresh, separate set of limits (tests, benchmarks, or isolated tenants). */
    public static ModelLimits create() {
        return new ModelLimits();
    }

    /**
     * The limiter and bound for {@code model}, created with {@code rps} starts per second (one permit every
     * 1/rps seconds, no bursts) and {@code maxInFlight} calls at once when first asked for.
     */
    public Slot slot(String model, double rps, int maxInFlight) {
        Slot slot = slots.computeIfAbsent(model, m -> new Slot(m, rps, maxInFlight));
        if (slot.rps != rps || slot.maxInFlight != maxInFlight) {
            LOG.debug("model {} keeps its first limits ({} rps, {} in flight), not {} rps, {} in flight",
                    model, slot.rps, slot.maxInFlight, rps, maxInFlight);
        }
        return slot;
    }

    /** One model's rate limiter and in-flight semaphore. */
    public static final class Slot {
        private final double rps;
        private final int maxInFlight;
        private final RateLimiter rateLimiter;
        private final Semaphore inFlight;

        Slot(String model, double rps, int maxInFlight) {
            if (!(rps > 0)) {
                throw new IllegalArgumentException("rps of model " + model + " must be positive: " + rps);
            }
            if (maxInFlight < 1) {
                throw new IllegalArgumentException("max_in_flight of model " + model + " must be >= 1: " + maxInFlight);
            }
            this.rps = rps;
            this.maxInFlight = maxInFlight;
            long periodNanos = Math.max(1_000_000L, Math.round(1_000_000_000L / rps));
            this.rateLimiter = RateLimiter.of("filmgen-" + model, RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(Duration.ofNanos(periodNanos))
                    .timeoutDuration(Duration.ofHours(1))
                    .build());
            this.inFlight = new Semaphore(maxInFlight, true);
        }

        public RateLimiter rateLimiter() {
            return rateLimiter;
        }

        public Semaphore inFlight() {
            return inFlight;
        }

        public double rps() {
            return rps;
        }

        public int maxInFlight() {
            return maxInFlight;
        }
    }
}
