package dev.filmgen.domain;

import dev.filmgen.internal.text.Languages;
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

    /**
     * The language the film of this theme is made in, {@code zh} or {@code en}: the one place it is decided
     * (CJK characters against Latin words, so "iPhone 手机壳" is Chinese). Runner, handlers and replies read it
     * through {@link dev.filmgen.session.FilmSession#language()}.
     */
    public String language() {
        return Languages.detect(text);
    }
}
