package dev.filmgen.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chat request to a {@link TextModel}.
 *
 * @param model model name, for example {@code qwen-max}
 * @param messages the conversation, system prompt first
 * @param temperature sampling temperature, or null for the model's default
 * @param seed sampling seed, or null
 * @param maxTokens output limit, or null
 * @param purpose what the request is for ({@code "Script"}, {@code "intent"}…); offline models and logs use it
 * @param attributes extra structured hints (the topic language, board count…) a model may use; never sent as prompt
 */
public record TextRequest(String model, List<ChatMessage> messages, Double temperature, Long seed,
                          Integer maxTokens, String purpose, Map<String, String> attributes) {
    public TextRequest {
        Objects.requireNonNull(model, "model");
        messages = List.copyOf(messages);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
    }
}
