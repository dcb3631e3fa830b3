package dev.filmgen.error;

/**
 * Root of filmgen's one unchecked exception tree. Every failure that leaves a filmgen API is a
 * subclass; adapters map vendor exceptions into it and keep the raw cause.
 */
public abstract class FilmgenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected FilmgenException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether repeating the same call later may succeed (throttling, 5xx, timeouts, network). */
    public abstract boolean isRetriable();
}
