package dev.filmgen.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the {@link Composer} needs to make the film.
 *
 * @param boards the boards in order, at least one
 * @param music background music, or null
 * @param style how it looks
 * @param endCard a closing card, or null
 */
public record FilmSpec(List<BoardMedia> boards, Path music, FilmStyle style, EndCard endCard) {
    public FilmSpec {
        boards = List.copyOf(boards);
        Objects.requireNonNull(style, "style");
        if (boards.isEmpty()) {
            throw new IllegalArgumentException("a film needs at least one board");
        }
    }
}
