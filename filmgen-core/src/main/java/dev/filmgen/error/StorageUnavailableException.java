package dev.filmgen.error;

/**
 * The storage cannot be read or written right now (permissions, a read-only or failing disk, an unreachable
 * object store). Retriable: it may work again once the operator fixes it.
 */
public class StorageUnavailableException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
