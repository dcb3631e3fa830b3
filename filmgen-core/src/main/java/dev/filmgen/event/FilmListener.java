package dev.filmgen.event;

/**
 * Receives a turn's events, possibly from several threads (calls are serialised per turn).
 * An exception thrown here is logged and ignored: it never breaks the run.
 */
@FunctionalInterface
public interface FilmListener {
    void onEvent(FilmEvent event);

    /** A listener that ignores everything. */
    static FilmListener none() {
        return e -> { };
    }
}
