package dev.filmgen.testing.kit;

/**
 * A failure a remote provider answers with, as its documentation describes it; a {@link RemoteModelKit}'s fake
 * plays it on request. Each says what the caller must see.
 */
public enum ProviderFault {
    /** Too many requests (HTTP 429 or the provider's throttling code): a retriable {@code RateLimitedException}. */
    THROTTLED,
    /** An internal error of the provider (HTTP 5xx): a retriable {@code FilmgenException}, not a rate limit. */
    SERVER_ERROR,
    /** The key is wrong or revoked (HTTP 401/403): a non-retriable {@code AuthenticationException}, key not shown. */
    BAD_CREDENTIALS,
    /** The request is refused for good (HTTP 400, content moderation): a {@code ProviderRejectedException} with a code. */
    REJECTED,
    /** A success status with a body that is not the documented shape: a non-retriable {@code FilmgenException}. */
    MALFORMED_ANSWER
}
