package dev.filmgen.compose;

import java.nio.file.Path;

/**
 * How the composed film looks. Defaults ({@link #defaults()}) match the reference demo's config:
 * font size 60, white text, 0.5 s fade-in, no fade-out.
 *
 * @param fontFile a TrueType/OpenType font file, or null for the bundled CJK-capable font
 * @param fontSize subtitle font size in pixels at 1080 lines (scaled to the output height)
 * @param fontColor subtitle colour (a name such as {@code white} or {@code #RRGGBB})
 * @param boxColor colour of a box behind subtitles (e.g. {@code black@0.5}), or null for an outline only
 * @param outline whether subtitles get an outline
 * @param position where subtitles sit
 * @param fadeInSeconds fade-in length at the start of each board after the first
 * @param fadeOutSeconds fade-out length at the end of the film
 * @param crossfadeSeconds cross-fade between boards (0 for cuts)
 * @param width output width, or 0 for the first clip's
 * @param height output height, or 0 for the first clip's
 * @param fit how clips of another aspect are fitted
 * @param fps output frame rate, or 0 for the first clip's
 * @param quality encoder quality 0 (smallest) to 100 (best)
 * @param narrationPadSeconds silence kept after each narration before the next board
 */
public record FilmStyle(Path fontFile, int fontSize, String fontColor, String boxColor, boolean outline,
                        Position position, double fadeInSeconds, double fadeOutSeconds, double crossfadeSeconds,
                        int width, int height, Fit fit, double fps, int quality, double narrationPadSeconds) {

    /** Vertical position of subtitles. */
    public enum Position { BOTTOM, MIDDLE, TOP }

    /** How a clip of another aspect ratio is fitted into the output frame (never stretched). */
    public enum Fit { LETTERBOX, CROP }

    public static FilmStyle defaults() {
        return new FilmStyle(null, 60, "white", null, true, Position.BOTTOM, 0.5, 0.0, 0.0,
                0, 0, Fit.LETTERBOX, 0, 70, 0.4);
    }
}
