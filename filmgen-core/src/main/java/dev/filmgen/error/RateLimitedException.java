package dev.filmgen.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider throttled the call (HTTP 429, DashScope {@code Throttling*}); retriable after a pause. The runner
 * backs the model off for the provider's {@code Retry-After} when the adapter saw one, else for the quota's window,
 * and tries again without spending the retry budget kept for other failures.
 */
public class RateLimitedException extends RetriableException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public RateLimitedException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param retryAfter how long the provider asked us to wait, or null when it did not say */
    public RateLimitedException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter == null || retryAfter.isNegative() ? null : retryAfter;
    }

    /** The wait the provider asked for ({@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
