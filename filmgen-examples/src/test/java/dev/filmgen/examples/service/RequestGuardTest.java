package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.events;
import static dev.filmgen.examples.service.ServiceHarness.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bearer token and the body limit over HTTP: a clear error, and nothing runs. Every kind of malformed body is
 * checked once, transport-free, in filmgen-protocol's {@code AgentScopeProcessorTest}.
 */
class RequestGuardTest {
    private ServiceHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    /** Asserts the stream is created, in progress, then failed with {@code code}, and returns the message. */
    static String refusal(HttpResponse<String> res, String code) throws Exception {
        assertEquals(200, res.statusCode());
        List<JsonNode> ev = events(res.body());
        assertEquals(3, ev.size(), res.body());
        assertEquals("created", ev.get(0).get("status").asText());
        assertEquals("in_progress", ev.get(1).get("status").asText());
        JsonNode last = ev.get(2);
        assertEquals("response", last.get("object").asText());
        assertEquals("failed", last.get("status").asText());
        assertEquals(0, last.get("sequence_number").asInt());
        assertEquals(code, last.get("error").get("code").asText(), res.body());
        return last.get("error").get("message").asText();
    }

    @Test
    void withATokenConfiguredRequestsWithoutItGet401AndNothingRuns() throws Exception {
        h = new ServiceHarness(b -> b.apiToken("s3cret"));
        for (String token : new String[] {null, "wrong", "s3cret2"}) {
            HttpResponse<String> res = h.post(request("demo", "Script", "x"), token);
            assertEquals(401, res.statusCode());
            assertEquals("Bearer", res.headers().firstValue("www-authenticate").orElse(""));
            assertTrue(res.body().contains("\"code\":\"unauthorized\""), res.body());
        }
        assertTrue(h.calls.isEmpty());
        HttpResponse<String> preflight = h.http.send(java.net.http.HttpRequest.newBuilder(h.uri("/process"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("access-control-allow-origin").orElse(""));
        assertTrue(h.calls.isEmpty());
        HttpResponse<String> ok = h.post(request("demo", "Script", "x"), "s3cret");
        assertEquals("completed", events(ok.body()).get(2).get("status").asText());
        assertEquals(1, h.calls.size());
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        h = new ServiceHarness(b -> b.maxBodyBytes(4096));
        String big = request("demo", "Script", "x".repeat(20_000));
        String message = refusal(h.post(big, null), "payload_too_large");
        assertTrue(message.contains("4096"), message);
        assertTrue(h.calls.isEmpty());
        assertEquals("completed", events(h.post(request("demo", "Script", "x".repeat(3000)), null).body())
                .get(2).get("status").asText());
    }

    @Test
    void theDemoClientsStageRequestsAndTheirTypesReachTheExecutorUnchanged() throws Exception {
        h = new ServiceHarness(b -> { });
        for (String type : new String[] {"Topic", "NextStage", "RepeatStage", "message", "first_frame_image"}) {
            assertEquals("completed", events(h.post(request("demo", type, "百炼椰汁"), null).body()).get(2)
                    .get("status").asText());
        }
        assertEquals(List.of("Topic", "NextStage", "RepeatStage", "message", "first_frame_image"),
                h.calls.stream().map(c -> c.message().type()).toList());
        String noType = "{\"session_id\":\"demo\",\"input\":[{\"role\":\"user\",\"content\":\"写个脚本\"}]}";
        events(h.post(noType, null).body());
        assertEquals(new dev.filmgen.intent.UserMessage("写个脚本", null, null), h.calls.get(5).message());
    }
}
