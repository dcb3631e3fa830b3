package dev.filmgen;

import java.util.concurrent.CompletableFuture;

/** A turn started with {@link FilmAgent#start}: wait for its result or cancel it. */
public interface TurnHandle {
    /**
     * Asks the turn to stop: running items are interrupted, finished results stay saved, and
     * {@link #result()} completes with a {@link dev.filmgen.error.CancelledException}.
     */
    void cancel();

    /** Completes with the turn's result, or exceptionally with why it could not run. */
    CompletableFuture<TurnResult> result();
}
