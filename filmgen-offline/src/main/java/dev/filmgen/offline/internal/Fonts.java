package dev.filmgen.offline.internal;

import dev.filmgen.compose.ffmpeg.FilmFonts;
import java.awt.Font;

/**
 * The painter's typefaces, chosen per piece of text by the composer's {@link FilmFonts} (the bundled Noto Sans CJK
 * fonts, then the machine's own), so a product name in traditional Chinese, Japanese or Korean is drawn whole and a
 * character no font has is left out — never a missing-glyph box.
 */
public final class Fonts {
    private Fonts() {
    }

    /**
     * Text ready to draw: the font for it and the text without what that font lacks (spaces collapsed).
     *
     * @param text what will be drawn
     * @param font the font that draws it, at size 1 (use {@link #at})
     */
    public record Drawable(String text, Font font) {
        /** The font at a size, bold where the font has it. */
        public Font at(float size) {
            return font.deriveFont(Font.BOLD, size);
        }
    }

    /** The font and the drawable part of {@code text}. */
    public static Drawable of(String text) {
        String t = text == null ? "" : text;
        FilmFonts.Choice choice = FilmFonts.defaults().choose(t);
        return new Drawable(choice.drawable(t).replaceAll("\\s+", " ").strip(), choice.awtFont());
    }
}
