package dev.filmgen.compose;

import java.nio.file.Path;

/**
 * Measures media files (duration, streams, codecs, size). Used to time narration before composing.
 * Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.MediaProbeKit}): the duration, the file size and each
 * stream's size, frame rate, sample rate and channel count are the file's; a file without audio has no audio stream.
 */
@FunctionalInterface
public interface MediaProbe {
    /** Probes a file; throws {@link dev.filmgen.error.InvalidInputException} naming the file if it is missing or not media. */
    MediaInfo probe(Path file);
}
