package dev.filmgen.error;

/** A session was saved by someone else since it was loaded (optimistic version check failed). */
public class SessionConflictException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public SessionConflictException(String message) {
        super(message, null);
    }
}
