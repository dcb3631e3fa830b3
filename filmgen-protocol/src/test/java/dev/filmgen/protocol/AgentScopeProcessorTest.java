package dev.filmgen.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.stage.Stage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The transport-neutral /process: refusals as failed streams, per-session order, vanished clients, failures. */
class AgentScopeProcessorTest {
    private static final long WAIT = 30;
    private final List<UserMessage> ran = new CopyOnWriteArrayList<>();
    private volatile TurnExecutor script = (sid, msg, l) -> { };
    private AgentScopeProcessor processor;
    @TempDir
    Path uploads;

    private AgentScopeProcessor processor(int maxBody) {
        AtomicInteger ids = new AtomicInteger();
        processor = AgentScopeProcessor.builder().maxBodyBytes(maxBody).uploads(uploads)
                .executor((sid, msg, l) -> {
                    ran.add(msg);
                    script.execute(sid, msg, l);
                })
                .ids(() -> String.valueOf(ids.incrementAndGet()))
                .clock(Clock.fixed(Instant.ofEpochSecond(1761701161L), ZoneOffset.UTC)).build();
        return processor;
    }

    @AfterEach
    void close() {
        if (processor != null) {
            processor.close();
        }
    }

    static String request(String sessionId, String type, String text) {
        return "{\"session_id\":\"" + sessionId + "\",\"input\":[{\"type\":\"" + type + "\",\"role\":\"user\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}]}";
    }

    private List<ObjectNode> post(String body) throws Exception {
        List<ObjectNode> out = new CopyOnWriteArrayList<>();
        processor.accept(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).streamTo(out::add);
        return out;
    }

    private static void assertRefused(List<ObjectNode> ev, String code, String says) {
        assertEquals(List.of("created", "in_progress", "failed"), ev.stream().map(e -> e.get("status").asText()).toList());
        assertEquals(0, ev.get(2).get("sequence_number").asInt());
        assertEquals(code, ev.get(2).get("error").get("code").asText(), ev.get(2).toString());
        assertTrue(ev.get(2).get("error").get("message").asText().contains(says), ev.get(2).toString());
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"session_id\":\"a\",\"input\":[", "not valid JSON"),
                Arguments.of("[1,2]", "must be a JSON object"),
                Arguments.of("\"hello\"", "must be a JSON object"),
                Arguments.of("{\"input\":[{\"type\":\"Script\",\"content\":[]}]}", "missing session_id"),
                Arguments.of("{\"session_id\":\"  \",\"input\":[{\"type\":\"Script\"}]}", "missing session_id"),
                Arguments.of("{\"session_id\":\"../etc\",\"input\":[{\"type\":\"Script\"}]}", "session_id must be"),
                Arguments.of("{\"session_id\":\"a\"}", "missing input"),
                Arguments.of("{\"session_id\":\"a\",\"input\":[]}", "missing input"),
                Arguments.of("{\"session_id\":\"a\",\"input\":{\"type\":\"Script\"}}", "missing input"),
                Arguments.of("{\"session_id\":\"a\",\"input\":[42]}", "must be JSON objects"),
                Arguments.of(request("a", "Cartoon", "x"), "unknown message type 'Cartoon'"),
                Arguments.of(request("a", "function_call", "x"), "unknown message type 'function_call'"),
                Arguments.of("{\"session_id\":\"a\",\"input\":[{\"type\":\"Topic\",\"content\":[{\"type\":\"image\"}]}]}",
                        "needs an image_url"),
                Arguments.of("{\"session_id\":\"a\",\"input\":[{\"type\":\"Topic\",\"content\":7}]}", "content must be"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badBodies")
    void aMalformedRequestIsRefusedWithAClearErrorEvent(String body, String says) throws Exception {
        processor(1024 * 1024);
        AgentScopeProcessor.Call call = processor.accept(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        assertTrue(call.refused());
        assertNull(call.sessionId());
        assertRefused(post(body), "invalid_request", says);
        assertTrue(ran.isEmpty());
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndTheNextRequestRuns() throws Exception {
        processor(4096);
        assertRefused(post(request("demo", "Script", "x".repeat(20_000))), "payload_too_large", "4096");
        assertTrue(ran.isEmpty());
        List<ObjectNode> ok = post(request("demo", "Script", "x".repeat(3000)));
        assertEquals("completed", ok.get(2).get("status").asText());
        assertEquals("demo", ok.get(2).get("session_id").asText());
        assertEquals(List.of(new UserMessage("x".repeat(3000), "Script", null)), ran);
    }

    @Test
    void aProductImageOnAPrivateAddressIsRefusedBeforeAnyTurn() throws Exception {
        processor(1024 * 1024);
        String body = "{\"session_id\":\"s\",\"input\":[{\"type\":\"Topic\",\"content\":[{\"type\":\"text\",\"text\":\"椰汁\"},"
                + "{\"type\":\"image\",\"image_url\":\"http://127.0.0.1:9/p.png\"}]}]}";
        List<ObjectNode> ev = post(body);
        assertRefused(ev, "image_refused", "address");
        assertEquals("s", ev.get(2).get("session_id").asText());
        assertTrue(ran.isEmpty());
    }

    @Test
    void turnsOfOneSessionRunOneAfterAnotherWhileOtherSessionsGoOn() throws Exception {
        processor(1024 * 1024);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        script = (sid, msg, l) -> {
            if (msg.text().equals("first")) {
                firstStarted.countDown();
                await(releaseFirst);
            }
        };
        CompletableFuture<List<ObjectNode>> first = CompletableFuture.supplyAsync(() -> postQuietly(request("same", "Script", "first")));
        assertTrue(firstStarted.await(WAIT, TimeUnit.SECONDS));
        CompletableFuture<List<ObjectNode>> second = CompletableFuture.supplyAsync(() -> postQuietly(request("same", "Line", "second")));
        assertEquals("completed", post(request("other", "Line", "other")).get(2).get("status").asText());
        assertEquals(List.of("first", "other"), ran.stream().map(UserMessage::text).toList());
        releaseFirst.countDown();
        first.get(WAIT, TimeUnit.SECONDS);
        second.get(WAIT, TimeUnit.SECONDS);
        assertEquals(List.of("first", "other", "second"), ran.stream().map(UserMessage::text).toList());
    }

    @Test
    void aClientThatGoesAwayStopsReceivingButTheTurnRunsToItsEnd() throws Exception {
        processor(1024 * 1024);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicInteger emitted = new AtomicInteger();
        script = (sid, msg, l) -> {
            for (int i = 0; i < 500; i++) {
                l.onEvent(new FilmEvent.TextDelta(sid, Stage.SCRIPT, "part " + i));
                emitted.incrementAndGet();
            }
            finished.countDown();
        };
        AtomicInteger offered = new AtomicInteger();
        processor.accept(new ByteArrayInputStream(request("leaving", "Script", "x").getBytes(StandardCharsets.UTF_8)))
                .streamTo(e -> offered.incrementAndGet() <= 3); // gone after the first message opens
        assertTrue(finished.await(WAIT, TimeUnit.SECONDS));
        assertEquals(500, emitted.get());
        assertEquals(4, offered.get(), "events were offered after the client was gone");
        script = (sid, msg, l) -> { };
        assertEquals("completed", post(request("leaving", "Script", "again")).get(2).get("status").asText());
    }

    @Test
    void failuresEndTheStreamFailedWithTheirCodeAfterWhatWasMade() throws Exception {
        processor(1024 * 1024);
        script = (sid, msg, l) -> {
            if (msg.text().equals("stage")) {
                l.onEvent(new FilmEvent.StageFailed(sid, Stage.VIDEO, 1, "provider_rejected", "task FAILED"));
                throw new StageFailedException(Stage.VIDEO, 1, "task FAILED", null);
            }
            if (msg.text().equals("provider")) {
                throw new ProviderRejectedException("content inspection failed", "DataInspectionFailed", "req-1", null);
            }
            throw new IllegalStateException("boom");
        };
        ObjectNode stage = last(post(request("s", "Video", "stage")));
        assertEquals("provider_rejected", stage.get("error").get("code").asText());
        assertEquals("Video board 2: task FAILED", stage.get("error").get("message").asText());
        ObjectNode provider = last(post(request("s", "Video", "provider")));
        assertEquals("provider_rejected", provider.get("error").get("code").asText());
        assertTrue(provider.get("error").get("message").asText().contains("content inspection failed"));
        ObjectNode bug = last(post(request("s", "Video", "bug")));
        assertEquals("internal_error", bug.get("error").get("code").asText());
        assertFalse(bug.get("error").get("message").asText().isEmpty());
    }

    private static ObjectNode last(List<ObjectNode> ev) {
        ObjectNode n = ev.get(ev.size() - 1);
        assertEquals("failed", n.get("status").asText(), n.toString());
        return n;
    }

    private List<ObjectNode> postQuietly(String body) {
        try {
            return post(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
