package dev.filmgen.compose;

import java.nio.file.Path;

/** Composes boards (clips, narration, subtitles) into one MP4. Implementations must be thread-safe. */
@FunctionalInterface
public interface Composer {
    /**
     * Writes the film to {@code output} (replacing it only once complete) and returns the probe of
     * the result. Throws a {@link dev.filmgen.error.FilmgenException} naming the board and input on failure.
     */
    MediaInfo compose(FilmSpec spec, Path output);
}
