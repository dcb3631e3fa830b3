package dev.filmgen.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;

/** Turns an {@link IOException} while reading or writing our own files into the exception of its cause. */
public final class StorageFailures {
    private StorageFailures() {
    }

    /**
     * {@link StorageFullException} when the disk is full, {@link StorageUnavailableException} when the storage
     * cannot be used (permissions, read-only or failing disk), else a {@link NonRetriableException}; the message
     * is {@code what} and the cause's text (server-side detail: clients get {@link ErrorCodes#clientMessage}).
     */
    public static FilmgenException of(String what, IOException e) {
        String text = what + ": " + e;
        if (StorageFullException.saysFull(e.getMessage())) {
            return new StorageFullException(text, e);
        }
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || m.contains("permission denied")
                || m.contains("read-only file system") || m.contains("input/output error")
                || m.contains("stale file handle")) {
            return new StorageUnavailableException(text, e);
        }
        return new NonRetriableException(text, e);
    }
}
