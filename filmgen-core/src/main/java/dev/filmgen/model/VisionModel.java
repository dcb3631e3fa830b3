package dev.filmgen.model;

/** Describes a picture in words (used for the user's product photo). Implementations must be thread-safe. */
@FunctionalInterface
public interface VisionModel {
    /** Returns the answer text only (no reasoning). */
    String describe(VisionRequest request);
}
