package dev.filmgen.model;

/**
 * The complete answer of a {@link TextModel}.
 *
 * @param text the whole answer
 * @param usage token counts, or {@link Usage#NONE}
 */
public record TextResponse(String text, Usage usage) {
}
