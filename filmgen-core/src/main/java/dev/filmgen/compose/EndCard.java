package dev.filmgen.compose;

/**
 * A closing card with the product name and slogan.
 *
 * @param productName the product's name
 * @param slogan the slogan
 * @param durationSeconds how long it shows
 * @param background a colour ({@code #RRGGBB}) or null to draw over the last frame
 */
public record EndCard(String productName, String slogan, double durationSeconds, String background) {
}
