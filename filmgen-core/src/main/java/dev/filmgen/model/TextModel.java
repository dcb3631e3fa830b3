package dev.filmgen.model;

import java.util.function.Consumer;

/**
 * A chat model that streams its answer. Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.TextModelKit} in the {@code filmgen-core} test-jar): the
 * deltas, joined in the order given, are the whole answer; a delta listener that throws does not cost the answer;
 * the usage is {@link Usage#NONE} when the provider reports none, never null or negative; failures are
 * {@link dev.filmgen.error.FilmgenException}s whose retriability follows the provider's (throttling and 5xx
 * retriable, refusals and bad keys not), and no message shows a credential.
 */
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
