package dev.filmgen.model;

/**
 * Token counts reported by a text model.
 *
 * @param inputTokens prompt tokens
 * @param outputTokens answer tokens
 */
public record Usage(long inputTokens, long outputTokens) {
    /** No usage reported. */
    public static final Usage NONE = new Usage(0, 0);
}
