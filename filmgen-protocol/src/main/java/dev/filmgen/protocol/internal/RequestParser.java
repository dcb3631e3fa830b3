package dev.filmgen.protocol.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.intent.UserMessage;
import java.util.regex.Pattern;

/**
 * Reads an AgentScope {@code AgentRequest} body (protocols.md A3): {@code session_id} and the last
 * {@code input} message, whose {@code type} may name a stage and whose content holds text and at most
 * one product image URL. Everything wrong is a {@link RequestRefused} naming the field.
 */
public final class RequestParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /**
     * A parsed request.
     *
     * @param sessionId the session
     * @param text the message's text contents joined by new lines
     * @param type the message type, or null
     * @param imageUrl the first image content's URL, or null
     */
    public record Parsed(String sessionId, String text, String type, String imageUrl) { }

    private RequestParser() {
    }

    public static Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RequestRefused("invalid_request", "the request body is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new RequestRefused("invalid_request", "the request body could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RequestRefused("invalid_request", "the request body must be a JSON object");
        }
        JsonNode sid = root.get("session_id");
        if (sid == null || sid.isNull() || !sid.isTextual() || sid.asText().isBlank()) {
            throw new RequestRefused("invalid_request", "missing session_id: every request names its session");
        }
        String sessionId = sid.asText();
        if (!SESSION_ID.matcher(sessionId).matches() || sessionId.equals(".") || sessionId.equals("..")) {
            throw new RequestRefused("invalid_request", "session_id must be 1-128 letters, digits, '.', '_' or '-'");
        }
        JsonNode input = root.get("input");
        if (input == null || !input.isArray() || input.isEmpty()) {
            throw new RequestRefused("invalid_request", "missing input: a non-empty list of messages is required");
        }
        JsonNode msg = input.get(input.size() - 1);
        if (!msg.isObject()) {
            throw new RequestRefused("invalid_request", "input messages must be JSON objects");
        }
        String type = msg.hasNonNull("type") ? msg.get("type").asText() : null;
        if (!UserMessage.isKnownType(type)) {
            throw new RequestRefused("invalid_request", "unknown message type '" + type
                    + "': expected a stage name (Topic … Film), NextStage, RepeatStage or message");
        }
        StringBuilder text = new StringBuilder();
        String image = null;
        JsonNode content = msg.get("content");
        if (content != null && content.isTextual()) {
            text.append(content.asText());
        } else if (content != null && content.isArray()) {
            for (JsonNode c : content) {
                String ctype = c.path("type").asText("");
                if (ctype.equals("text") && c.hasNonNull("text")) {
                    text.append(text.length() == 0 ? "" : "\n").append(c.get("text").asText());
                } else if (ctype.equals("image") && image == null) {
                    image = c.path("image_url").asText(null);
                    if (image == null || image.isBlank()) {
                        throw new RequestRefused("invalid_request", "an image content needs an image_url");
                    }
                }
            }
        } else if (content != null && !content.isNull()) {
            throw new RequestRefused("invalid_request", "message content must be a list of contents or a string");
        }
        return new Parsed(sessionId, text.toString(), type, image);
    }
}
