package dev.filmgen.store.jdbc;

import dev.filmgen.domain.Film;
import java.util.List;

/**
 * How a film job ended, as stored with it.
 *
 * @param ok whether the turn(s) finished without a failure
 * @param reply the agent's closing message
 * @param film the finished film, or null
 * @param failures what failed, one line each
 * @param callsMade paid model calls made
 * @param callsReused results reused instead of calling a model
 */
public record FilmJobResult(boolean ok, String reply, Film film, List<String> failures, int callsMade,
                            int callsReused) {
    public FilmJobResult {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }
}
