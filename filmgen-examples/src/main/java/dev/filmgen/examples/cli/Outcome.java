package dev.filmgen.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How one row of a batch ended: one line of {@code results.csv}.
 *
 * @param product the row
 * @param status what happened
 * @param film the film in the output folder, or null
 * @param link the film's link in storage, or null
 * @param seconds how long making it took, or null
 * @param error why there is no film (or why it is not in the output folder), or null
 */
record Outcome(Product product, Status status, Path film, String link, Double seconds, String error) {

    /** What happened to a row. */
    enum Status {
        /** This process made the film. */
        MADE,
        /** The film was already in the output folder. */
        SKIPPED,
        /** Another process or machine sharing the batch made it. */
        MADE_ELSEWHERE,
        /** A stage failed; the session keeps what was made and a new run resumes it. */
        FAILED,
        /** The row itself is wrong; nothing was tried. */
        INVALID;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether the row's film exists (here, or made by another machine). */
    boolean hasFilm() {
        return status == Status.MADE || status == Status.SKIPPED || status == Status.MADE_ELSEWHERE;
    }
}
