package dev.filmgen.calls;

import java.time.Duration;
import java.util.Objects;

/**
 * Admits model calls within each model's {@link Quota}: at most {@code maxInFlight} calls of a model hold a
 * {@link Lease} at once, starts are spaced at least {@link Quota#spacing()} apart (no bursts), and after the provider
 * refused a call for its quota no call of that model starts before the {@link #backOff back-off} ends.
 *
 * <p>Every model call of a {@code FilmAgent} passes through one limiter (see {@code FilmAgentBuilder.callLimiter}).
 * The default, {@code ModelLimits}, counts within one process; an implementation shared by many processes (for
 * example rate as a token bucket and in-flight slots as leases in a database) plugs in here. Implementations are
 * thread-safe. Keys are model names; what happens when two callers pass different quotas for one model is up to the
 * implementation (the in-process one keeps the first it saw).
 */
public interface CallLimiter {

    /**
     * Blocks until a call to {@code model} may start: takes an in-flight slot, then waits for its start time. Before
     * a wait that is not momentary it tells {@code waits} why and, when known, for how long.
     *
     * @return the slot, to be closed when the call ends (success or failure)
     * @throws InterruptedException when interrupted while waiting; nothing is held then
     */
    Lease acquire(String model, Quota quota, WaitListener waits) throws InterruptedException;

    /**
     * The provider refused a call to {@code model} for its quota (HTTP 429 and the like): no call of that model
     * starts during the next {@code pause}. Calls already running are not affected.
     */
    void backOff(String model, Duration pause);

    /** An in-flight slot; closing it (once or more) frees it. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** Why a start waits. */
    enum Reason {
        /** Every in-flight slot of the model is taken; the wait lasts until one is freed. */
        IN_FLIGHT,
        /** The next start the quota allows is later. */
        RATE,
        /** The provider refused a call for its quota and the model is backing off. */
        BACKOFF
    }

    /**
     * A wait about to happen.
     *
     * @param model the model waited for
     * @param quota the quota that makes it wait
     * @param reason why
     * @param expected how long the wait should last, or null when unknown (waiting for a free slot)
     */
    record Wait(String model, Quota quota, Reason reason, Duration expected) {
        public Wait {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Hears about waits (for progress displays); must return quickly and not throw. */
    @FunctionalInterface
    interface WaitListener {
        void waiting(Wait wait);

        /** A listener that ignores every wait. */
        static WaitListener none() {
            return w -> { };
        }
    }
}
