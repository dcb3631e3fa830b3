package dev.filmgen.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.filmgen.domain.MediaAsset;
import java.util.List;
import java.util.Objects;

/**
 * A picture to describe or judge.
 *
 * @param model model name, for example {@code qvq-max} or {@code qwen-vl-max}
 * @param image the picture
 * @param question what to say about it
 * @param references further pictures to compare it with (a product photo, role portraits), sent after
 *                   {@code image} in this order; empty for a plain description
 */
public record VisionRequest(String model, MediaAsset image, String question,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MediaAsset> references) {
    public VisionRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(question, "question");
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A request about one picture. */
    public VisionRequest(String model, MediaAsset image, String question) {
        this(model, image, question, List.of());
    }
}
