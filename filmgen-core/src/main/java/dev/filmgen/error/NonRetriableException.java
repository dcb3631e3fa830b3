package dev.filmgen.error;

/** A failure that repeating the same call will not fix: bad input, rejected content, a failed task. */
public class NonRetriableException extends FilmgenException {
    private static final long serialVersionUID = 1L;

    public NonRetriableException(String message) {
        this(message, null);
    }

    public NonRetriableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public final boolean isRetriable() {
        return false;
    }
}
