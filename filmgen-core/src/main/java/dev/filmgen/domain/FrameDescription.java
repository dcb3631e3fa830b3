package dev.filmgen.domain;

/**
 * The picture prompt for one board's first frame.
 *
 * @param board zero-based board index
 * @param text the description, naming the board's characters and the product
 */
public record FrameDescription(int board, String text) {
}
