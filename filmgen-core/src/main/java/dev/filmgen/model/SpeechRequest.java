package dev.filmgen.model;

import java.util.Objects;

/**
 * Words to speak.
 *
 * @param model model name, for example {@code qwen-tts}
 * @param text the words
 * @param voice the voice id
 * @param language BCP-47 language of the text ({@code zh}, {@code en})
 * @param purpose what it is for ({@code "voice:2"})
 */
public record SpeechRequest(String model, String text, String voice, String language, String purpose) {
    public SpeechRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(text, "text");
    }
}
