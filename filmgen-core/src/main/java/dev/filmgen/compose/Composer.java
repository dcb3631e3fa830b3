package dev.filmgen.compose;

import java.nio.file.Path;

/**
 * Composes boards (clips, narration, subtitles) into one MP4. Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.ComposerKit} in the {@code filmgen-core} test-jar): the film
 * has a picture and sound; no narration is cut (each board stays on screen at least as long as its narration); its
 * size is the style's, or the first clip's when the style sets none; an end card adds its duration; the returned
 * {@link MediaInfo} is a probe of the written file.
 */
@FunctionalInterface
public interface Composer {
    /**
     * Writes the film to {@code output} (replacing it only once complete) and returns the probe of
     * the result. Throws a {@link dev.filmgen.error.FilmgenException} naming the board (counted from 1, as
     * {@code board 2}) and its input file on failure, and then leaves an existing {@code output} untouched and no
     * partial file beside it. Text is never drawn as missing-glyph boxes: characters the composer cannot
     * draw are left out.
     */
    MediaInfo compose(FilmSpec spec, Path output);

    /**
     * The characters of {@code text} this composer cannot draw in subtitles or on the end card with {@code style},
     * each once, in the order they first appear; empty when it draws them all. The Film stage names them to the
     * user before composing. The default knows of no limit.
     */
    default String undrawable(String text, FilmStyle style) {
        return "";
    }
}
