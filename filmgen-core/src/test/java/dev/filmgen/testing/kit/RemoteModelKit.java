package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import org.junit.jupiter.api.Test;

/**
 * What a remote model port does when its provider fails, mixed into a model kit by the test of a remote port
 * ({@code class MyImageModelKitTest extends ImageModelKit implements RemoteModelKit}). The test's local fake of the
 * provider plays each {@link ProviderFault} as the provider's documentation describes it; the kit checks that the
 * caller gets the exception the runner's retries and error codes rely on, that no message shows the key, and that
 * the port works again afterwards.
 */
public interface RemoteModelKit {

    /** Arranges the fake so that the next call of the port fails with {@code fault}; later calls succeed again. */
    void failNextCall(ProviderFault fault);

    /** The credential the port was built with; no failure may show it. */
    String secret();

    /** One ordinary call of the port under test; the model kit implements it. */
    void callOnce();

    private FilmgenException failure(ProviderFault fault) {
        failNextCall(fault);
        FilmgenException e = assertThrows(FilmgenException.class, this::callOnce,
                fault + " must reach the caller as a FilmgenException");
        for (Throwable c = e; c != null; c = c.getCause()) {
            assertFalse(String.valueOf(c.getMessage()).contains(secret()), "the key shows in " + c);
        }
        return e;
    }

    @Test
    default void aThrottledCallIsARetriableRateLimit() {
        FilmgenException e = failure(ProviderFault.THROTTLED);

        assertInstanceOf(RateLimitedException.class, e);
        assertTrue(e.isRetriable());
    }

    @Test
    default void aServerErrorIsRetriable() {
        FilmgenException e = failure(ProviderFault.SERVER_ERROR);

        assertTrue(e.isRetriable(), e.toString());
        assertFalse(e instanceof RateLimitedException, e.toString());
    }

    @Test
    default void aRefusedKeyIsAnAuthenticationFailureThatNeverShowsTheKey() {
        FilmgenException e = failure(ProviderFault.BAD_CREDENTIALS);

        assertInstanceOf(AuthenticationException.class, e);
        assertFalse(e.isRetriable());
    }

    @Test
    default void aRejectedRequestIsNotRetriedAndCarriesTheProvidersCode() {
        FilmgenException e = failure(ProviderFault.REJECTED);

        ProviderRejectedException rejected = assertInstanceOf(ProviderRejectedException.class, e);
        assertFalse(e.isRetriable());
        assertTrue(rejected.code() != null && !rejected.code().isBlank(), "the provider's code is kept: " + e);
    }

    @Test
    default void aMalformedAnswerIsAClearNonRetriableError() {
        FilmgenException e = failure(ProviderFault.MALFORMED_ANSWER);

        assertFalse(e.isRetriable(), e.toString());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "the error says what was wrong");
    }

    @Test
    default void thePortWorksAgainAfterAFailure() {
        failure(ProviderFault.SERVER_ERROR);

        callOnce();
    }
}
