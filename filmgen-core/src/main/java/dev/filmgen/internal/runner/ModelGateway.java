package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.calls.CallLimiter;
import dev.filmgen.calls.Quota;
import dev.filmgen.calls.Resilience;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.SessionConflictException;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every model call passes here: the {@link CallLimiter} admits it within the model's {@link Quota} (in-flight slot,
 * evenly spaced starts), each attempt has a deadline, retriable failures are retried with jittered exponential
 * backoff up to {@link Resilience#maxAttempts()}, and a quota refusal (HTTP 429) backs the model off for the
 * provider's {@code Retry-After} or the quota's window and tries again without spending that budget, up to
 * {@link #MAX_QUOTA_REFUSALS} refusals in a row.
 */
public final class ModelGateway {
    /** Quota refusals of one call in a row before it gives up. */
    public static final int MAX_QUOTA_REFUSALS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ModelGateway.class);

    private final CallLimiter limiter;
    private final Resilience resilience;
    private final ExecutorService callPool;
    private final IntervalFunction backoff;

    public ModelGateway(CallLimiter limiter, Resilience resilience, ExecutorService callPool) {
        this.limiter = limiter;
        this.resilience = resilience;
        this.callPool = callPool;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(Math.max(1, resilience.baseDelay().toMillis()),
                2.0, 0.5, Math.max(1, resilience.maxDelay().toMillis()));
    }

    static boolean retriable(Throwable t) {
        return t instanceof FilmgenException && ((FilmgenException) t).isRetriable()
                && !(t instanceof SessionConflictException);
    }

    /**
     * Calls {@code call} for {@code model} within {@code quota}, with its deadline and retries. {@code beforeRetry}
     * is told the failure that caused each further attempt (for logs and notices); {@code waits} hears every wait
     * for the quota, including the back-off after a refusal.
     */
    public <T> T call(CallKind kind, String model, Quota quota, Supplier<T> call,
                      Consumer<RuntimeException> beforeRetry, CallLimiter.WaitListener waits) {
        int failures = 0;
        int refusals = 0;
        while (true) {
            try {
                return attempt(kind, model, quota, call, waits);
            } catch (RateLimitedException e) {
                refusals++;
                if (refusals > MAX_QUOTA_REFUSALS) {
                    throw new RateLimitedException(kind + " call to " + model + " was refused for its quota "
                            + refusals + " times in a row (we keep to " + quota.describe() + "); giving up: "
                            + e.getMessage(), e.retryAfter().orElse(null), e);
                }
                Duration pause = e.retryAfter().orElse(quota.window());
                LOG.warn("{} refused a {} call for its quota; no {} call starts for {} s: {}", model, kind, model,
                        pause.toMillis() / 1000.0, e.getMessage());
                limiter.backOff(model, pause);
            } catch (RuntimeException e) {
                failures++;
                if (!retriable(e) || failures >= resilience.maxAttempts()) {
                    throw e;
                }
                refusals = 0;
                LOG.warn("retrying {} call to {} after: {}", kind, model, e.getMessage());
                sleep(kind, model, backoff.apply(failures));
                if (beforeRetry != null) {
                    beforeRetry.accept(e);
                }
            }
        }
    }

    private <T> T attempt(CallKind kind, String model, Quota quota, Supplier<T> call,
                          CallLimiter.WaitListener waits) {
        checkInterrupted(kind, model);
        CallLimiter.Lease lease;
        try {
            lease = limiter.acquire(model, quota, waits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException(kind + " call to " + model + " cancelled while waiting for its quota");
        }
        try (lease) {
            checkInterrupted(kind, model);
            Duration deadline = resilience.deadline(kind);
            Future<T> f = callPool.submit(call::get);
            try {
                return f.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                throw new DeadlineExceededException(kind + " call to " + model + " passed its deadline of "
                        + deadline.toSeconds() + " s", e);
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancelledException(kind + " call to " + model + " cancelled");
            } catch (ExecutionException e) {
                throw unwrap(kind, model, e.getCause());
            }
        }
    }

    private static void sleep(CallKind kind, String model, long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException(kind + " call to " + model + " cancelled while backing off");
        }
    }

    private static void checkInterrupted(CallKind kind, String model) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException(kind + " call to " + model + " cancelled");
        }
    }

    private static RuntimeException unwrap(CallKind kind, String model, Throwable cause) {
        if (cause instanceof FilmgenException) {
            return (FilmgenException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new NonRetriableException(kind + " call to " + model + " failed: " + cause, cause);
    }
}
