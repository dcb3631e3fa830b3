package dev.filmgen.error;

/** The provider throttled the call (HTTP 429, DashScope {@code Throttling*}); retriable after a pause. */
public class RateLimitedException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public RateLimitedException(String message, Throwable cause) {
        super(message, cause);
    }
}
