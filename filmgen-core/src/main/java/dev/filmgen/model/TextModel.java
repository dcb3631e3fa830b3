package dev.filmgen.model;

import java.util.function.Consumer;

/** A chat model that streams its answer. Implementations must be thread-safe. */
@FunctionalInterface
public interface TextModel {
    /**
     * Runs one chat request, passing each text delta to {@code deltas} as it arrives, and returns the
     * whole answer. Throws a {@link dev.filmgen.error.FilmgenException} on failure.
     */
    TextResponse chat(TextRequest request, Consumer<String> deltas);

    /** Runs a request without watching the deltas. */
    default TextResponse chat(TextRequest request) {
        return chat(request, d -> { });
    }
}
