package dev.filmgen.internal.runner;

import dev.filmgen.error.DeadlineExceededException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs turns of one session one after another, in arrival order; different sessions run concurrently. Every
 * turn has a watchdog: at its deadline the turn is told to stop ({@code onDeadline}, which cancels its items);
 * if its work still has not returned two grace periods later, its result fails with
 * {@link DeadlineExceededException} and the session's next turn starts anyway. No turn can hold its session
 * forever, whatever its code does.
 */
public final class SessionQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SessionQueue.class);

    private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Duration deadline;
    private final Duration grace;

    /**
     * @param timer runs the watchdogs (one thread is plenty)
     * @param deadline how long one turn may run
     * @param grace how long a stopped turn has to wind down before the queue moves on without it (twice this)
     */
    public SessionQueue(ScheduledExecutorService timer, Duration deadline, Duration grace) {
        this.timer = timer;
        this.deadline = deadline;
        this.grace = grace;
    }

    /** Queues {@code work} behind every earlier turn of {@code sessionId}; {@code onDeadline} stops it. */
    public <T> CompletableFuture<T> submit(String sessionId, Supplier<T> work, Executor executor, Runnable onDeadline) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<Void> slot = new CompletableFuture<>(); // done when the next turn may start
        tails.compute(sessionId, (k, prev) -> {
            CompletableFuture<Void> before = prev == null ? CompletableFuture.completedFuture(null) : prev;
            before.whenComplete((x, e) -> start(sessionId, work, executor, onDeadline, result, slot));
            return slot;
        });
        slot.whenComplete((x, e) -> tails.remove(sessionId, slot));
        return result;
    }

    private <T> void start(String sessionId, Supplier<T> work, Executor executor, Runnable onDeadline,
                           CompletableFuture<T> result, CompletableFuture<Void> slot) {
        try {
            executor.execute(() -> {
                Thread worker = Thread.currentThread();
                ScheduledFuture<?> stop = timer.schedule(() -> {
                    LOG.warn("turn on session {} passed its deadline of {} s; stopping it", sessionId,
                            deadline.toSeconds());
                    onDeadline.run();
                }, deadline.toNanos(), TimeUnit.NANOSECONDS);
                ScheduledFuture<?> backstop = timer.schedule(() -> giveUp(sessionId, worker, result, slot),
                        deadline.plus(grace).plus(grace).toNanos(), TimeUnit.NANOSECONDS);
                try {
                    result.complete(work.get());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                } finally {
                    stop.cancel(false);
                    backstop.cancel(false);
                    slot.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
            slot.complete(null);
        }
    }

    private void giveUp(String sessionId, Thread worker, CompletableFuture<?> result, CompletableFuture<Void> slot) {
        boolean mine = result.completeExceptionally(new DeadlineExceededException("the turn on session " + sessionId
                + " did not end within its deadline of " + deadline.toSeconds() + " s; it was abandoned", null));
        if (mine) {
            LOG.error("turn on session {} did not stop {} s after its deadline; the session's next turn goes on. "
                    + "Its thread {} is at {}", sessionId, grace.plus(grace).toSeconds(), worker.getName(),
                    Arrays.toString(worker.getStackTrace()));
        }
        slot.complete(null);
    }
}
