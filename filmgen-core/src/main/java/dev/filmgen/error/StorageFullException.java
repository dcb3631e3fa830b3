package dev.filmgen.error;

import java.util.Locale;

/**
 * The disk (or the storage's quota) is full, so a result could not be written. Not retriable as is: space must be
 * freed first. Everything saved before is kept.
 */
public class StorageFullException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public StorageFullException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether an I/O failure's text is the operating system's "no space" or "quota exceeded" ({@code ENOSPC},
     * {@code EDQUOT}; Java and FFmpeg both quote {@code strerror}).
     */
    public static boolean saysFull(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("disk quota exceeded")
                || m.contains("not enough space on the disk");
    }
}
