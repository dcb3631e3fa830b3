package dev.filmgen.error;

/**
 * The one short, stable code for each kind of failure, as events ({@code StageFailed.code}) and the
 * service's wire errors carry it: {@code stage_failed}, {@code invalid_input}, {@code rate_limited},
 * {@code authentication_failed}, {@code provider_rejected}, {@code session_conflict}, {@code cancelled},
 * {@code deadline_exceeded}, {@code unavailable} (other retriable failures), {@code internal_error} (a JVM
 * {@link Error} such as OutOfMemoryError) or {@code failed}.
 */
public final class ErrorCodes {
    private ErrorCodes() {
    }

    /** The code of {@code t}; the most specific kind wins. */
    public static String of(Throwable t) {
        if (t instanceof StageFailedException) return "stage_failed";
        if (t instanceof InvalidInputException) return "invalid_input";
        if (t instanceof RateLimitedException) return "rate_limited";
        if (t instanceof AuthenticationException) return "authentication_failed";
        if (t instanceof ProviderRejectedException) return "provider_rejected";
        if (t instanceof SessionConflictException) return "session_conflict";
        if (t instanceof CancelledException) return "cancelled";
        if (t instanceof DeadlineExceededException) return "deadline_exceeded";
        if (t instanceof FilmgenException && ((FilmgenException) t).isRetriable()) return "unavailable";
        if (t instanceof Error) return "internal_error";
        return "failed";
    }
}
