package dev.filmgen.error;

/** A failure that may go away if the same call is repeated later: 5xx, connection reset, network. */
public class RetriableException extends FilmgenException {
    private static final long serialVersionUID = 1L;

    public RetriableException(String message) {
        this(message, null);
    }

    public RetriableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public final boolean isRetriable() {
        return true;
    }
}
