package dev.filmgen.domain;

/**
 * The camera movement for one board's clip: shot size, subject, action, mood.
 *
 * @param board zero-based board index
 * @param text the description handed to the video model
 */
public record CameraDescription(int board, String text) {
}
