package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallKind;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Resilience;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.SessionConflictException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
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
 * Every model call passes here: the model's in-flight bound, its shared rate limiter (one start per
 * 1/rps seconds), a deadline per attempt, and resilience4j retries with jittered exponential backoff
 * for retriable failures only.
 */
public final class ModelGateway {
    private static final Logger LOG = LoggerFactory.getLogger(ModelGateway.class);

    private final ModelLimits limits;
    private final Resilience resilience;
    private final ExecutorService callPool;
    private final Retry retry;

    public ModelGateway(ModelLimits limits, Resilience resilience, ExecutorService callPool) {
        this.limits = limits;
        this.resilience = resilience;
        this.callPool = callPool;
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(resilience.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        resilience.baseDelay().toMillis() == 0 ? 1 : resilience.baseDelay().toMillis(), 2.0, 0.5,
                        Math.max(1, resilience.maxDelay().toMillis())))
                .retryOnException(ModelGateway::retriable)
                .failAfterMaxAttempts(false)
                .build();
        this.retry = Retry.of("filmgen-model-calls", config);
    }

    static boolean retriable(Throwable t) {
        return t instanceof FilmgenException && ((FilmgenException) t).isRetriable()
                && !(t instanceof SessionConflictException);
    }

    /**
     * Calls {@code call} for {@code model} with its limits, deadline and retries. {@code beforeRetry} is told
     * the failure that caused each further attempt (for logs and notices).
     */
    public <T> T call(CallKind kind, String model, double rps, int maxInFlight, Supplier<T> call,
                      Consumer<RuntimeException> beforeRetry) {
        ModelLimits.Slot slot = limits.slot(model, rps, maxInFlight);
        RuntimeException[] last = {null};
        Supplier<T> once = () -> {
            if (last[0] != null) {
                LOG.warn("retrying {} call to {} after: {}", kind, model, last[0].getMessage());
                if (beforeRetry != null) {
                    beforeRetry.accept(last[0]);
                }
            }
            try {
                return attempt(kind, model, slot, call);
            } catch (RuntimeException e) {
                last[0] = e;
                throw e;
            }
        };
        return Retry.decorateSupplier(retry, once).get();
    }

    private <T> T attempt(CallKind kind, String model, ModelLimits.Slot slot, Supplier<T> call) {
        checkInterrupted(kind, model);
        try {
            slot.inFlight().acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException(kind + " call to " + model + " cancelled while waiting for a free slot");
        }
        try {
            if (!slot.rateLimiter().acquirePermission()) {
                checkInterrupted(kind, model);
                throw new DeadlineExceededException("no " + model + " rate-limit permit within an hour", null);
            }
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
        } finally {
            slot.inFlight().release();
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
