package dev.filmgen.dashscope.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.alibaba.dashscope.common.Status;
import com.alibaba.dashscope.exception.ApiException;
import com.google.gson.JsonSyntaxException;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DashScopeErrorsTest {
    private static final String KEY = "sk-unit-secret";
    private final DashScopeErrors errors = new DashScopeErrors(new ClientSettings(KEY, "http://localhost",
            dev.filmgen.dashscope.DashScopeRegion.CN_BEIJING,
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(1),
            Duration.ofSeconds(1), Duration.ofSeconds(1), 1024, ClientSettings.Sleeper.threadSleep()));

    private FilmgenException api(int http, String code, String message) {
        return errors.map("test call", new ApiException(Status.builder().statusCode(http).code(code).message(message)
                .requestId("req-1").isJson(true).build()));
    }

    @Test
    void throttlingIsARateLimitWhateverTheStatus() {
        assertInstanceOf(RateLimitedException.class, api(429, "Throttling", "x"));
        assertInstanceOf(RateLimitedException.class, api(400, "Throttling.RateQuota", "x"));
        assertInstanceOf(RateLimitedException.class, api(429, "", ""));
    }

    @Test
    void serverSideTroubleIsRetriable() {
        assertInstanceOf(RetriableException.class, api(500, "InternalError", "x"));
        assertInstanceOf(RetriableException.class, api(503, "", "Service Unavailable"));
        assertInstanceOf(RetriableException.class, api(400, "InternalError.Algo", "stream error event"));
        assertTrue(api(502, "", "").isRetriable());
    }

    @Test
    void networkFailuresAreRetriable() {
        assertInstanceOf(RetriableException.class, errors.map("x", new ApiException(new SocketTimeoutException("timeout"))));
        assertInstanceOf(RetriableException.class, errors.map("x", new ApiException(new SocketException("Connection reset"))));
    }

    @Test
    void credentialsProblemsAreAuthenticationErrors() {
        assertInstanceOf(AuthenticationException.class, api(401, "InvalidApiKey", "x"));
        assertInstanceOf(AuthenticationException.class, api(403, "AccessDenied", "x"));
    }

    @Test
    void badRequestsAndModerationAreRejectedWithCodeAndRequestId() {
        ProviderRejectedException p = assertInstanceOf(ProviderRejectedException.class,
                api(400, "DataInspectionFailed", "Input data may contain inappropriate content."));
        assertEquals("DataInspectionFailed", p.code());
        assertEquals("req-1", p.requestId());
        assertTrue(p.getMessage().contains("test call") && p.getMessage().contains("inappropriate"), p.getMessage());
        assertInstanceOf(ProviderRejectedException.class, api(400, "InvalidParameter", "x"));
    }

    @Test
    void unparsableBodiesAreMalformedNotNetworkErrors() {
        FilmgenException e = errors.map("x", new ApiException(new JsonSyntaxException("Unterminated object")));
        assertInstanceOf(NonRetriableException.class, e);
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void programmingErrorsAreNotRetried() {
        assertFalse(errors.map("x", new ApiException(new UnsupportedOperationException("nope"))).isRetriable());
    }

    @Test
    void theKeyIsScrubbedFromEveryMessage() {
        FilmgenException e = api(401, "InvalidApiKey", "Invalid API-key provided: " + KEY);
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertTrue(e.getMessage().contains("***"), e.getMessage());
        assertFalse(errors.map("x", new ApiException(new SocketException("reset by " + KEY))).getMessage().contains(KEY));
    }

    @Test
    void theRawCauseIsKeptUnlessItCarriesTheKey() {
        SocketException clean = new SocketException("Connection reset");
        assertSame(clean, errors.map("x", clean).getCause());

        SocketException leaky = new SocketException("reset by " + KEY);
        Throwable kept = errors.map("x", leaky).getCause();
        assertTrue(kept.getMessage().contains("java.net.SocketException: reset by ***"), kept.getMessage());
        assertEquals(leaky.getStackTrace().length, kept.getStackTrace().length);
    }

    @Test
    void filmgenExceptionsPassThrough() {
        RetriableException r = new RetriableException("already mapped");
        assertSame(r, errors.map("x", r));
    }
}
