package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;
import java.util.Objects;

/**
 * A picture to describe.
 *
 * @param model model name, for example {@code qvq-max}
 * @param image the picture
 * @param question what to say about it
 */
public record VisionRequest(String model, MediaAsset image, String question) {
    public VisionRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(question, "question");
    }
}
