package dev.filmgen.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmgen.stage.Stage;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorCodesTest {

    @Test
    void theMostSpecificKindNamesTheFailure() {
        assertEquals("stage_failed", ErrorCodes.of(new StageFailedException(Stage.VIDEO, 1, "x", null)));
        assertEquals("invalid_input", ErrorCodes.of(new InvalidInputException("x")));
        assertEquals("rate_limited", ErrorCodes.of(new RateLimitedException("429", null)));
        assertEquals("authentication_failed", ErrorCodes.of(new AuthenticationException("401", null)));
        assertEquals("provider_rejected", ErrorCodes.of(new ProviderRejectedException("no", "X", "r", null)));
        assertEquals("session_conflict", ErrorCodes.of(new SessionConflictException("v")));
        assertEquals("cancelled", ErrorCodes.of(new CancelledException("c")));
        assertEquals("deadline_exceeded", ErrorCodes.of(new DeadlineExceededException("t", null)));
        assertEquals("unavailable", ErrorCodes.of(new RetriableException("503")));
        assertEquals("failed", ErrorCodes.of(new NonRetriableException("x")));
        assertEquals("failed", ErrorCodes.of(new IOException("disk")));
    }
}
