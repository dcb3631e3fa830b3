package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A picture to paint.
 *
 * @param model model name, for example {@code wan2.2-t2i-plus}
 * @param prompt what to paint
 * @param negativePrompt what to avoid, or null
 * @param width wanted pixel width (a model may scale width and height into its limits, keeping their ratio)
 * @param height wanted pixel height
 * @param references pictures to keep consistent with (role portraits, the product photo); may be empty
 * @param seed seed, or null
 * @param options provider-specific options (prompt_extend, watermark…)
 * @param purpose what it is for ({@code "role:Mother"}, {@code "frame:2"}, {@code "product"})
 */
public record ImageRequest(String model, String prompt, String negativePrompt, int width, int height,
                           List<MediaAsset> references, Long seed, Map<String, Object> options,
                           String purpose) {
    public ImageRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(prompt, "prompt");
        references = references == null ? List.of() : List.copyOf(references);
        options = options == null ? Map.of() : Map.copyOf(options);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive: " + width + "x" + height);
        }
    }

    /** The same request with another prompt. */
    public ImageRequest withPrompt(String other) {
        return new ImageRequest(model, other, negativePrompt, width, height, references, seed, options, purpose);
    }
}
