package dev.filmgen.compose;

import java.nio.file.Path;

/** Measures media files (duration, streams, codecs, size). Used to time narration before composing. */
@FunctionalInterface
public interface MediaProbe {
    /** Probes a file; throws {@link dev.filmgen.error.InvalidInputException} naming the file if it is not media. */
    MediaInfo probe(Path file);
}
