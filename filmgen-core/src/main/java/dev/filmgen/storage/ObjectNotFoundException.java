package dev.filmgen.storage;

import dev.filmgen.error.NonRetriableException;

/** A {@link Storage} holds nothing under the key that was asked for. */
public class ObjectNotFoundException extends NonRetriableException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ObjectNotFoundException(String key, String where, Throwable cause) {
        super("no stored object under key " + StorageKeys.quote(key) + " in " + where, cause);
        this.key = key;
    }

    /** The key that was asked for. */
    public String key() {
        return key;
    }
}
