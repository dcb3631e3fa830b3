package dev.filmgen.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * The AgentScope runtime's response, message and content objects, built with their fields in the
 * runtime's order, nulls included (protocols.md A5), and their SSE framing (A4).
 */
public final class WireObjects {
    /** Serialises with raw UTF-8 (no {@code \\uXXXX} escapes) and no indentation. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private WireObjects() {
    }

    /** A response object: {@code sequence_number, object, status, error, id, created_at, completed_at, output, usage, session_id}. */
    public static ObjectNode response(Integer seq, String status, ObjectNode error, String id, long createdAt,
                                      Long completedAt, ArrayNode output, String sessionId) {
        return response(seq, status, error, id, createdAt, completedAt, output, null, sessionId);
    }

    /** A response object whose {@code usage} is {@code usage} (null writes {@code "usage": null}). */
    public static ObjectNode response(Integer seq, String status, ObjectNode error, String id, long createdAt,
                                      Long completedAt, ArrayNode output, ObjectNode usage, String sessionId) {
        ObjectNode n = head(seq, "response", status, error);
        n.put("id", id);
        n.put("created_at", createdAt);
        putOrNull(n, "completed_at", completedAt);
        n.set("output", output);
        if (usage == null) {
            n.putNull("usage");
        } else {
            n.set("usage", usage);
        }
        n.put("session_id", sessionId);
        return n;
    }

    /** A message object: {@code sequence_number, object, status, error, id, type, role, content, code, message, usage}. */
    public static ObjectNode message(Integer seq, String status, String id, ArrayNode content) {
        ObjectNode n = head(seq, "message", status, null);
        n.put("id", id);
        n.put("type", "message");
        n.put("role", "assistant");
        n.set("content", content);
        n.putNull("code");
        n.putNull("message");
        n.putNull("usage");
        return n;
    }

    /**
     * A content object: {@code sequence_number, object, status, error, type, index, delta, msg_id} followed by
     * the type's own field ({@code text}, {@code image_url} or {@code data}).
     */
    public static ObjectNode content(Integer seq, String status, String type, Integer index, Boolean delta,
                                     String msgId, String field, JsonNode value) {
        ObjectNode n = head(seq, "content", status, null);
        n.put("type", type);
        putOrNull(n, "index", index == null ? null : index.longValue());
        if (delta == null) {
            n.putNull("delta");
        } else {
            n.put("delta", delta);
        }
        n.put("msg_id", msgId);
        n.set(field, value);
        return n;
    }

    /** The {@code error} object {@code {code, message}}. */
    public static ObjectNode error(String code, String message) {
        ObjectNode e = JSON.createObjectNode();
        e.put("code", code);
        e.put("message", message);
        return e;
    }

    /** The body of a plain (non-SSE) error answer: {@code {"error": {code, message}}}. */
    public static ObjectNode errorBody(String code, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.set("error", error(code, message));
        return n;
    }

    /** The runtime's {@code GET /health} answer: {@code {"status":"healthy","mode":"daemon_thread","runner":"ready"}}. */
    public static ObjectNode health() {
        ObjectNode n = JSON.createObjectNode();
        n.put("status", "healthy").put("mode", "daemon_thread").put("runner", "ready");
        return n;
    }

    /** The runtime's {@code GET /} answer: service name, mode and the endpoints under {@code base} ("" for the root). */
    public static ObjectNode serviceInfo(String base) {
        ObjectNode n = JSON.createObjectNode();
        n.put("service", "AgentScope Runtime").put("mode", "daemon_thread");
        n.putObject("endpoints").put("process", base + "/process").put("stream", base + "/process/stream")
                .put("health", base + "/health");
        return n;
    }

    /** One SSE event: {@code data: <json>} and a blank line, UTF-8. */
    public static byte[] sse(JsonNode event) {
        try {
            return ("data: " + JSON.writeValueAsString(event) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a wire event", e);
        }
    }

    private static ObjectNode head(Integer seq, String object, String status, ObjectNode error) {
        ObjectNode n = JSON.createObjectNode();
        putOrNull(n, "sequence_number", seq == null ? null : seq.longValue());
        n.put("object", object);
        n.put("status", status);
        n.set("error", error);
        return n;
    }

    private static void putOrNull(ObjectNode n, String field, Long value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
