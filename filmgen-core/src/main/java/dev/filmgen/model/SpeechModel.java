package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;

/** Speaks text into an audio asset (WAV or MP3). Implementations must be thread-safe. */
@FunctionalInterface
public interface SpeechModel {
    MediaAsset speak(SpeechRequest request);
}
