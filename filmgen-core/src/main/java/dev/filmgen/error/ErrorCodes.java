package dev.filmgen.error;

import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one table of failure codes: every code events ({@code StageFailed.code}) and the service's wire errors carry,
 * what it means, and what a client is told. {@link #of(Throwable)} names the code of a failure (the most specific
 * kind wins; a disk that is full or a storage that cannot be used is recognised anywhere in the cause chain);
 * {@link #clientMessage} words it for a client without server paths or native logs.
 */
public final class ErrorCodes {
    /** A stage was asked for before the results it needs exist; nothing ran (a {@code StageFailed} event). */
    public static final String MISSING_INPUT = "missing_input";
    /** A stage failed; the events of the turn name the stage and board. */
    public static final String STAGE_FAILED = "stage_failed";
    /** The input (topic, photo, request, option) is not usable; the message says what to change. */
    public static final String INVALID_INPUT = "invalid_input";
    /** The provider throttled the call; it may succeed after a pause. */
    public static final String RATE_LIMITED = "rate_limited";
    /** The provider account has no quota or credit left for the model; waiting does not help. */
    public static final String PROVIDER_QUOTA = "provider_quota";
    /** The provider refused the key. */
    public static final String AUTHENTICATION_FAILED = "authentication_failed";
    /** The provider refused the request (moderation, bad parameter, failed task). */
    public static final String PROVIDER_REJECTED = "provider_rejected";
    /** A model call was not made because it would have taken the turn past its budget; what was made is kept. */
    public static final String BUDGET_EXCEEDED = "budget_exceeded";
    /** Another turn saved the session first. */
    public static final String SESSION_CONFLICT = "session_conflict";
    /** The caller cancelled the turn. */
    public static final String CANCELLED = "cancelled";
    /** A remote wait or the whole turn ran past its deadline. */
    public static final String DEADLINE_EXCEEDED = "deadline_exceeded";
    /** The server's disk (or the storage's quota) is full. */
    public static final String STORAGE_FULL = "storage_full";
    /** The server's storage cannot be read or written (permissions, read-only, unreachable). */
    public static final String STORAGE_UNAVAILABLE = "storage_unavailable";
    /** Another failure that may go away when repeated later (5xx, network). */
    public static final String UNAVAILABLE = "unavailable";
    /** The server is at its limit of connections or turns; retry after the {@code Retry-After} it sent. */
    public static final String OVERLOADED = "overloaded";
    /** A JVM {@link Error} (out of memory, a bug); the server log has the details. */
    public static final String INTERNAL_ERROR = "internal_error";
    /** Any other failure. */
    public static final String FAILED = "failed";

    /** Code → what a client is told when the failure's own words are server-only (null: its message, cleaned). */
    private static final Map<String, String> FIXED_TEXT;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MISSING_INPUT, null);
        m.put(STAGE_FAILED, null);
        m.put(INVALID_INPUT, null);
        m.put(RATE_LIMITED, null);
        m.put(PROVIDER_QUOTA, null);
        m.put(AUTHENTICATION_FAILED, null);
        m.put(PROVIDER_REJECTED, null);
        m.put(BUDGET_EXCEEDED, null);
        m.put(SESSION_CONFLICT, null);
        m.put(CANCELLED, null);
        m.put(DEADLINE_EXCEEDED, null);
        m.put(STORAGE_FULL, "the server's storage is full; what was made before is kept, try again later");
        m.put(STORAGE_UNAVAILABLE, "the server's storage cannot be used right now; what was made before is kept,"
                + " try again later");
        m.put(UNAVAILABLE, null);
        m.put(OVERLOADED, null);
        m.put(INTERNAL_ERROR, "an internal error stopped this step");
        m.put(FAILED, null);
        FIXED_TEXT = Collections.unmodifiableMap(m);
    }

    private ErrorCodes() {
    }

    /** Every code, in the table's order. */
    public static java.util.Set<String> all() {
        return FIXED_TEXT.keySet();
    }

    /** The code of {@code t}; the most specific kind wins. */
    public static String of(Throwable t) {
        if (t instanceof StageFailedException) return STAGE_FAILED;
        if (t instanceof InvalidInputException) return INVALID_INPUT;
        if (t instanceof BudgetExceededException) return BUDGET_EXCEEDED;
        if (t instanceof ProviderQuotaException) return PROVIDER_QUOTA;
        if (t instanceof RateLimitedException) return RATE_LIMITED;
        if (t instanceof AuthenticationException) return AUTHENTICATION_FAILED;
        if (t instanceof ProviderRejectedException) return PROVIDER_REJECTED;
        if (t instanceof SessionConflictException) return SESSION_CONFLICT;
        if (t instanceof CancelledException) return CANCELLED;
        if (t instanceof DeadlineExceededException) return DEADLINE_EXCEEDED;
        String storage = storageCode(t);
        if (storage != null) return storage;
        if (t instanceof FilmgenException && ((FilmgenException) t).isRetriable()) return UNAVAILABLE;
        if (t instanceof Error) return INTERNAL_ERROR;
        return FAILED;
    }

    /**
     * What a client may be told about {@code t}: a fixed sentence for failures whose own words are for the server
     * only (full storage, unusable storage, internal errors), else the failure's message with server paths reduced
     * to file names and anything after its first line (native logs) dropped. When something was held back, the
     * text names {@code requestId}, under which the server log has the whole story.
     */
    public static String clientMessage(Throwable t, String requestId) {
        String fixed = FIXED_TEXT.get(of(t));
        String ref = requestId == null || requestId.isBlank() ? "" : " (request " + requestId + ")";
        if (fixed != null) {
            return fixed + ref;
        }
        String raw = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String clean = ClientText.clean(raw);
        return clean.equals(raw) ? clean : clean + ref;
    }

    /** {@code message} as a client may read it: server paths reduced to file names, only its first line, bounded. */
    public static String cleanForClient(String message) {
        return ClientText.clean(message);
    }

    /** {@link #STORAGE_FULL} or {@link #STORAGE_UNAVAILABLE} when the cause chain says so, else null. */
    private static String storageCode(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < 16; c = c.getCause() == c ? null : c.getCause(), depth++) {
            if (c instanceof StorageFullException) return STORAGE_FULL;
            if (c instanceof StorageUnavailableException) return STORAGE_UNAVAILABLE;
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (StorageFullException.saysFull(m)) return STORAGE_FULL;
            if (c instanceof AccessDeniedException || c instanceof ReadOnlyFileSystemException
                    || m.contains("read-only file system") || m.contains("stale file handle")
                    || m.contains("input/output error")) {
                return STORAGE_UNAVAILABLE;
            }
        }
        return null;
    }
}
