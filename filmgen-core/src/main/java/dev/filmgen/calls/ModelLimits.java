package dev.filmgen.calls;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process {@link CallLimiter}: per model name a fair in-flight semaphore and a start schedule that hands out
 * start times {@link Quota#spacing()} apart (a start reserved while another waits goes after it, so no two starts
 * are ever closer than the spacing) and moves every start past a {@link #backOff back-off}. {@link #shared()} is the
 * process-wide instance agents use by default, so two sessions calling {@code qwen-tts} share its quota. The first
 * quota seen for a model name wins.
 */
public final class ModelLimits implements CallLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(ModelLimits.class);
    /** Waits shorter than this are not reported to listeners. */
    private static final long REPORT_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final ModelLimits SHARED = new ModelLimits(1.0);

    private final double timeScale;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    private ModelLimits(double timeScale) {
        this.timeScale = timeScale;
    }

    /** The process-wide limits. */
    public static ModelLimits shared() {
        return SHARED;
    }

    /** A fresh, separate set of limits (tests, benchmarks, or isolated tenants). */
    public static ModelLimits create() {
        return new ModelLimits(1.0);
    }

    /**
     * A separate set whose clock runs {@code factor} times faster: spacings and back-offs are divided by it, so a
     * test can hold a 10-per-minute quota in a tenth of the time with {@code factor} 10. Production uses 1.
     */
    public static ModelLimits scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("time scale must be a positive number, was " + factor);
        }
        return new ModelLimits(factor);
    }

    @Override
    public Lease acquire(String model, Quota quota, WaitListener waits) throws InterruptedException {
        Objects.requireNonNull(quota, "quota");
        WaitListener listener = waits == null ? WaitListener.none() : waits;
        Slot slot = slot(model, quota);
        if (!slot.inFlight.tryAcquire()) {
            tell(listener, new Wait(model, slot.quota, Reason.IN_FLIGHT, null));
            slot.inFlight.acquire();
        }
        try {
            slot.awaitStart(listener);
        } catch (InterruptedException | RuntimeException e) {
            slot.inFlight.release();
            throw e;
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                slot.inFlight.release();
            }
        };
    }

    @Override
    public void backOff(String model, Duration pause) {
        Slot slot = slots.get(model);
        if (slot != null && pause != null && !pause.isNegative()) {
            slot.pause(scaled(pause));
        }
    }

    /** The quota in force for {@code model}, once a call asked for it. */
    public java.util.Optional<Quota> quotaOf(String model) {
        Slot s = slots.get(model);
        return java.util.Optional.ofNullable(s == null ? null : s.quota);
    }

    private Slot slot(String model, Quota quota) {
        Slot slot = slots.computeIfAbsent(Objects.requireNonNull(model, "model"), m -> new Slot(m, quota));
        if (!slot.quota.equals(quota)) {
            LOG.debug("model {} keeps its first quota ({}), not {}", model, slot.quota.describe(), quota.describe());
        }
        return slot;
    }

    private long scaled(Duration d) {
        return Math.max(0L, Math.round(d.toNanos() / timeScale));
    }

    private static void tell(WaitListener listener, Wait wait) {
        try {
            listener.waiting(wait);
        } catch (RuntimeException e) {
            LOG.debug("a wait listener failed; ignored", e);
        }
    }

    /** One model's slots and start schedule. */
    private final class Slot {
        private final String model;
        private final Quota quota;
        private final long spacingNanos;
        private final Semaphore inFlight;
        private long nextStart;
        private long pausedUntil;
        private long pauses;

        Slot(String model, Quota quota) {
            this.model = model;
            this.quota = quota;
            this.spacingNanos = Math.max(1L, scaled(quota.spacing()));
            this.inFlight = new Semaphore(quota.maxInFlight(), true);
            this.nextStart = System.nanoTime();
            this.pausedUntil = nextStart;
        }

        /** Reserves the next start time and sleeps until it; goes again when a back-off began meanwhile. */
        void awaitStart(WaitListener listener) throws InterruptedException {
            while (true) {
                long now = System.nanoTime();
                long start;
                long pauseSeen;
                boolean paused;
                synchronized (this) {
                    start = later(now, later(nextStart, pausedUntil));
                    paused = pausedUntil - now > 0 && start == pausedUntil;
                    nextStart = start + spacingNanos;
                    pauseSeen = pauses;
                }
                long wait = start - now;
                long unscaled = Math.round(wait * timeScale);
                if (unscaled >= REPORT_NANOS) {
                    tell(listener, new Wait(model, quota, paused ? Reason.BACKOFF : Reason.RATE,
                            Duration.ofNanos(unscaled)));
                }
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                synchronized (this) {
                    if (pauses == pauseSeen || pausedUntil - System.nanoTime() <= 0) {
                        return;
                    }
                }
            }
        }

        synchronized void pause(long nanos) {
            pausedUntil = later(pausedUntil, System.nanoTime() + nanos);
            nextStart = later(nextStart, pausedUntil);
            pauses++;
        }
    }

    /** The later of two {@link System#nanoTime()} readings (compared by difference, as its contract asks). */
    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }
}
