package dev.filmgen.model;

/**
 * Describes a picture in words (the user's product photo) or judges one against references (a first frame against
 * the product picture and portraits). Implementations must be thread-safe.
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
