package dev.filmgen.model;

/**
 * Describes a picture in words (the user's product photo) or judges one against references (a first frame against
 * the product picture and portraits). Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.VisionModelKit}): a picture given as a {@code data:} URI,
 * a local {@code file:} or an {@code http(s):} URL is described in non-blank words. Failures follow
 * {@link TextModel}'s rules.
 */
@FunctionalInterface
public interface VisionModel {
    /** Returns the answer text only (no reasoning). */
    String describe(VisionRequest request);

    /** Answers and says what the provider billed for it (tokens); see {@link Billed}. */
    default Billed<String> describeBilled(VisionRequest request) {
        return Billed.unreported(describe(request));
    }
}
