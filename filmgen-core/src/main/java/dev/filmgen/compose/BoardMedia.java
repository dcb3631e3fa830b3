package dev.filmgen.compose;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One board's media for composition.
 *
 * @param index zero-based board index (named in errors)
 * @param clip the board's clip (any codec, size, rate; audio optional)
 * @param narration the voice-over (WAV or MP3), or null for none
 * @param subtitle the text to show while it is spoken, or null/blank for none
 */
public record BoardMedia(int index, Path clip, Path narration, String subtitle) {
    public BoardMedia {
        Objects.requireNonNull(clip, "clip");
    }
}
