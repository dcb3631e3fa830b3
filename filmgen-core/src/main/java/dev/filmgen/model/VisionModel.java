package dev.filmgen.model;

/**
 * Describes a picture in words (used for the user's product photo). Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.VisionModelKit}): a picture given as a {@code data:} URI,
 * a local {@code file:} or an {@code http(s):} URL is described in non-blank words. Failures follow
 * {@link TextModel}'s rules.
 */
@FunctionalInterface
public interface VisionModel {
    /** Returns the answer text only (no reasoning). */
    String describe(VisionRequest request);
}
