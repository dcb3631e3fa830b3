package dev.filmgen.error;

/** A remote wait (request, task poll) passed its deadline. Retriable: the same work may finish on a later try. */
public class DeadlineExceededException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public DeadlineExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
