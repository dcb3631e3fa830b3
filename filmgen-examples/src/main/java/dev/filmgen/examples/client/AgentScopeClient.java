package dev.filmgen.examples.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A minimal client of the AgentScope runtime streaming protocol (what filmgen's service and the reference
 * demo speak): posts one message and hands every SSE event to a callback as it arrives.
 */
public final class AgentScopeClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI endpoint;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param endpoint the {@code /process} URL
     * @param token a bearer token, or null
     */
    public AgentScopeClient(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    /**
     * Sends one user message and returns the final {@code response} event (completed or failed).
     *
     * @param type a stage name, {@code NextStage}, {@code RepeatStage} or {@code message}
     * @param imageUrl a product photo URL to send with the text, or null
     * @throws IllegalStateException when the HTTP status is not 200 or the stream ends without a final response
     */
    public JsonNode send(String sessionId, String type, String text, String imageUrl, Consumer<JsonNode> onEvent) {
        ObjectNode body = JSON.createObjectNode();
        body.put("session_id", sessionId);
        ObjectNode msg = body.putArray("input").addObject();
        msg.put("type", type).put("role", "user");
        ArrayNode content = msg.putArray("content");
        content.addObject().put("type", "text").put("text", text);
        if (imageUrl != null) {
            content.addObject().put("type", "image").put("image_url", imageUrl);
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        HttpResponse<Stream<String>> res;
        try {
            res = http.send(req.build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (res.statusCode() != 200) {
            String detail = String.join("\n", (Iterable<String>) res.body()::iterator);
            throw new IllegalStateException("HTTP " + res.statusCode() + " from " + endpoint + ": " + detail);
        }
        JsonNode last = null;
        try (Stream<String> lines = res.body()) {
            for (Iterator<String> it = lines.iterator(); it.hasNext();) {
                String line = it.next();
                if (!line.startsWith("data:") || line.substring(5).isBlank() || line.contains("[DONE]")) {
                    continue;
                }
                JsonNode event = JSON.readTree(line.substring(5).strip().getBytes(StandardCharsets.UTF_8));
                onEvent.accept(event);
                if ("response".equals(event.path("object").asText())) {
                    last = event;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the event stream from " + endpoint + " broke off", e);
        }
        String status = last == null ? "" : last.path("status").asText();
        if (!status.equals("completed") && !status.equals("failed")) {
            throw new IllegalStateException("the stream ended without a final response");
        }
        return last;
    }

    /** A one-line description of what an event carries, or null when it is not worth printing. */
    public static String describe(JsonNode e) {
        String object = e.path("object").asText();
        if (object.equals("content") && e.path("delta").asBoolean()) {
            return null;
        }
        if (!object.equals("message") || !e.path("status").asText().equals("completed") || !e.path("content").isArray()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (JsonNode c : e.path("content")) {
            switch (c.path("type").asText()) {
                case "text": b.append(abbreviate(c.path("text").asText())); break;
                case "image": b.append("picture ").append(c.path("index").asInt() + 1).append(": ")
                        .append(c.path("image_url").asText()); break;
                case "data": b.append(c.path("data").toString()); break;
                default: b.append(c.path("type").asText());
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
