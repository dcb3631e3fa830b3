package dev.filmgen.domain;

import java.util.Objects;

/**
 * The user's product theme: a few words, optionally a product photo.
 *
 * @param text the theme, never blank
 * @param productImage the user's product photo, or null
 */
public record Topic(String text, MediaAsset productImage) {
    public Topic {
        Objects.requireNonNull(text, "text");
    }

    public static Topic of(String text) {
        return new Topic(text, null);
    }
}
