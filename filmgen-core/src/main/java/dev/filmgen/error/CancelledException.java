package dev.filmgen.error;

/** The turn was cancelled by its caller; work already finished is kept. */
public class CancelledException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message, null);
    }
}
