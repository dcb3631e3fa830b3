package dev.filmgen.domain;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.internal.text.Languages;
import java.util.Locale;
import java.util.Objects;

/**
 * The user's product theme: a few words, optionally a product photo.
 *
 * @param text the theme, never blank
 * @param productImage the user's product photo, or null
 */
public record Topic(String text, MediaAsset productImage) {
    /** Longest theme accepted, in characters (code points). */
    public static final int MAX_LENGTH = 500;

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

    /**
     * The one rule for a theme, shared by the library, the command line and the service: {@code raw} without
     * leading and trailing spaces, otherwise exactly as written. Product titles as sellers copy them from shop
     * listings are accepted — emoji, ™ ® ©, full-width punctuation, 【】 brackets, dashes, long SKU codes, any
     * language; each consumer later takes what it can use (prompts everything, the voice and subtitles what can be
     * spoken and drawn). Refused, with an {@link InvalidInputException} naming the problem: no text, no letter or
     * digit at all, more than {@value #MAX_LENGTH} characters, control characters other than tab and line breaks,
     * broken UTF-16 (a lone surrogate) and Unicode non-characters.
     */
    public static String validText(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("the product theme is empty: describe the product in a few words, "
                    + "e.g. \"百炼椰汁\"");
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("the product theme is " + length + " characters long; keep it to "
                    + MAX_LENGTH + " (a product title and a few words describe a product best)");
        }
        boolean words = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSurrogate((char) cp)) {
                throw refused("a broken character (a lone UTF-16 surrogate", cp, "); send the text as UTF-8");
            }
            if (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
                throw refused("a control character (", cp, "); remove it");
            }
            if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                throw refused("a Unicode non-character (", cp, "); remove it");
            }
            words |= Character.isLetterOrDigit(cp);
        }
        if (!words) {
            throw new InvalidInputException("the product theme has no words, only symbols: name the product, "
                    + "e.g. \"百炼椰汁\"");
        }
        return t;
    }

    private static InvalidInputException refused(String what, int cp, String fix) {
        return new InvalidInputException(String.format(Locale.ROOT, "the product theme contains %sU+%04X%s",
                what, cp, fix));
    }
}
