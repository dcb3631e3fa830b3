package dev.filmgen.compose;

import java.nio.file.Path;

/** Composes boards (clips, narration, subtitles) into one MP4. Implementations must be thread-safe. */
@FunctionalInterface
public interface Composer {
    /**
     * Writes the film to {@code output} (replacing it only once complete) and returns the probe of
     * the result. Throws a {@link dev.filmgen.error.FilmgenException} naming the board and input on failure.
     * Text is never drawn as missing-glyph boxes: characters the composer cannot draw are left out.
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
