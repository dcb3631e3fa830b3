package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;
import java.util.Map;
import java.util.Objects;

/**
 * A clip to animate from a still.
 *
 * @param model model name, for example {@code wan2.2-i2v-plus}
 * @param firstFrame the still to start from
 * @param prompt the camera description
 * @param resolution {@code 480P}, {@code 720P} or {@code 1080P}
 * @param durationSeconds requested length
 * @param seed seed, or null
 * @param options provider-specific options
 * @param purpose what it is for ({@code "clip:2"})
 */
public record VideoRequest(String model, MediaAsset firstFrame, String prompt, String resolution,
                           int durationSeconds, Long seed, Map<String, Object> options, String purpose) {
    public VideoRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(firstFrame, "firstFrame");
        Objects.requireNonNull(prompt, "prompt");
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** The same request with another prompt. */
    public VideoRequest withPrompt(String other) {
        return new VideoRequest(model, firstFrame, other, resolution, durationSeconds, seed, options, purpose);
    }
}
