package dev.filmgen.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.stage.Stage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCodesTest {

    @Test
    void theMostSpecificKindNamesTheFailure() {
        assertEquals("stage_failed", ErrorCodes.of(new StageFailedException(Stage.VIDEO, 1, "x", null)));
        assertEquals("invalid_input", ErrorCodes.of(new InvalidInputException("x")));
        assertEquals("rate_limited", ErrorCodes.of(new RateLimitedException("429", null)));
        assertEquals("provider_quota", ErrorCodes.of(new ProviderQuotaException("Arrearage", null)));
        assertEquals("authentication_failed", ErrorCodes.of(new AuthenticationException("401", null)));
        assertEquals("provider_rejected", ErrorCodes.of(new ProviderRejectedException("no", "X", "r", null)));
        assertEquals("session_conflict", ErrorCodes.of(new SessionConflictException("v")));
        assertEquals("cancelled", ErrorCodes.of(new CancelledException("c")));
        assertEquals("deadline_exceeded", ErrorCodes.of(new DeadlineExceededException("t", null)));
        assertEquals("storage_full", ErrorCodes.of(new StorageFullException("full", null)));
        assertEquals("storage_unavailable", ErrorCodes.of(new StorageUnavailableException("gone", null)));
        assertEquals("unavailable", ErrorCodes.of(new RetriableException("503")));
        assertEquals("internal_error", ErrorCodes.of(new OutOfMemoryError("Java heap space")));
        assertEquals("failed", ErrorCodes.of(new NonRetriableException("x")));
        assertEquals("failed", ErrorCodes.of(new IOException("disk")));
    }

    @Test
    void everyCodeIsInTheOneTable() {
        assertEquals(17, ErrorCodes.all().size());
        assertTrue(ErrorCodes.all().contains(ErrorCodes.STORAGE_FULL));
        assertTrue(ErrorCodes.all().contains(ErrorCodes.BUDGET_EXCEEDED));
        assertTrue(ErrorCodes.all().contains(ErrorCodes.OVERLOADED));
    }

    @Test
    void aRefusedOverBudgetCallHasItsOwnCodeAndKeepsItsWords() {
        BudgetExceededException e = new BudgetExceededException("the Video board 3 video call was not made",
                java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN);
        assertEquals("budget_exceeded", ErrorCodes.of(e));
        assertEquals("the Video board 3 video call was not made", ErrorCodes.clientMessage(e, "r1"));
    }

    @Test
    void aFullDiskIsRecognisedDeepInTheCauseChain() throws IOException {
        IOException enospc = writeToAFullDisk();
        assertEquals("storage_full", ErrorCodes.of(new NonRetriableException("composing failed", new UncheckedIOException(enospc))));
        assertEquals("storage_full", ErrorCodes.of(new NonRetriableException("encode video failed for x: "
                + "No space left on device (-28)")));
        assertInstanceOf(StorageFullException.class, StorageFailures.of("cannot store a", enospc));
        assertInstanceOf(StorageUnavailableException.class, StorageFailures.of("cannot store a",
                new AccessDeniedException("/srv/data/a")));
        assertEquals("storage_unavailable", ErrorCodes.of(new NonRetriableException("x",
                new IOException("Read-only file system"))));
        assertEquals("invalid_input", ErrorCodes.of(new InvalidInputException("your file", new AccessDeniedException("/x"))),
                "a user's unreadable file stays their input problem");
    }

    /** The operating system's own ENOSPC: Linux's /dev/full refuses every write with it. */
    private static IOException writeToAFullDisk() {
        return assertThrows(IOException.class, () -> {
            try (OutputStream out = Files.newOutputStream(Path.of("/dev/full"))) {
                out.write(new byte[4096]);
                out.flush();
            }
        });
    }

    @Test
    void storageAndInternalFailuresReachClientsAsAFixedSentenceNamingTheRequest() {
        String m = ErrorCodes.clientMessage(new StorageFullException("cannot store 'a/b.mp4' under /srv/filmgen/artifacts:"
                + " java.io.IOException: No space left on device", null), "response_42");
        assertEquals("the server's storage is full; what was made before is kept, try again later (request response_42)", m);
        String oom = ErrorCodes.clientMessage(new OutOfMemoryError("Java heap space"), "r1");
        assertEquals("an internal error stopped this step (request r1)", oom);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "composing /home/app/.filmgen/work/turn-1/film.mp4 failed: Invalid argument (-22)|composing film.mp4 failed: Invalid argument (-22) (request r)",
        "cannot read media file:///srv/data/x/photo.png: gone|cannot read media photo.png: gone (request r)",
        "cannot open C:\\Users\\app\\film.mp4 now|cannot open film.mp4 now (request r)",
        "the product photo https://shop.example/a/b.png was refused: a private address|the product photo https://shop.example/a/b.png was refused: a private address",
        "boards 1/2 and/or 16:9 are fine|boards 1/2 and/or 16:9 are fine",
    })
    void otherMessagesLoseServerPathsAndNativeLogsButKeepWhatTheUserNeeds(String raw, String expected) {
        assertEquals(expected, ErrorCodes.clientMessage(new NonRetriableException(raw), "r"));
    }

    @Test
    void nativeLogLinesAfterTheFirstLineStayOnTheServer() {
        assertEquals("encode failed: Invalid data (request r)", ErrorCodes.clientMessage(new NonRetriableException(
                "encode failed: Invalid data\nFFmpeg log (last lines):\n[h264 @ 0x55] broken"), "r"));
    }

    @Test
    void aLongMessageIsCut() {
        String m = ErrorCodes.cleanForClient("x".repeat(5000));
        assertEquals(400, m.length());
        assertFalse(m.contains("\n"));
    }
}
