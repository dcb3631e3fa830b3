package dev.filmgen.model;

import dev.filmgen.domain.MediaAsset;

/**
 * Speaks text into an audio asset (WAV or MP3). Implementations must be thread-safe.
 *
 * <p>An implementation that cannot speak the text but still returns a silent stand-in track (so the film keeps its
 * timing) marks it with the media-type parameter {@code silent=true}, e.g. {@code audio/wav;silent=true}. The
 * built-in Audio stage then tells the user that board has no spoken narration; storage ignores the parameter when
 * choosing the file extension.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.SpeechModelKit}): the result's bytes, readable by the
 * caller, are audio of what its media type says; a duration it reports is the track's; a track not marked silent
 * has sound in it; blank text is an {@link dev.filmgen.error.InvalidInputException} or a track marked silent, never
 * a silent track passed off as a voice. Failures follow {@link TextModel}'s rules.
 */
@FunctionalInterface
public interface SpeechModel {
    MediaAsset speak(SpeechRequest request);

    /** Speaks and says what the provider billed for it (characters or tokens); see {@link Billed}. */
    default Billed<MediaAsset> speakBilled(SpeechRequest request) {
        return Billed.unreported(speak(request));
    }
}
