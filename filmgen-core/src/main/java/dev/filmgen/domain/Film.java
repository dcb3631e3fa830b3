package dev.filmgen.domain;

/**
 * The finished film.
 *
 * @param video the MP4 asset (stored)
 * @param link a shareable link to it (signed and expiring where storage supports it)
 * @param durationSeconds playing time
 */
public record Film(MediaAsset video, String link, double durationSeconds) {
}
