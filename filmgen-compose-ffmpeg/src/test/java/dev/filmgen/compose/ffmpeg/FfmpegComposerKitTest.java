package dev.filmgen.compose.ffmpeg;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.testing.kit.ComposerKit;
import java.nio.file.Path;

/** The FFmpeg composer keeps the composer contract. */
class FfmpegComposerKitTest extends ComposerKit {
    @Override
    protected Composer composer() {
        return FfmpegComposer.create();
    }

    @Override
    protected MediaProbe probe() {
        return new FfmpegProbe();
    }

    @Override
    protected Path clip(Path file, int width, int height, double fps, double seconds, boolean withAudio) {
        return SyntheticMedia.clip(file, width, height, fps, seconds, withAudio);
    }
}
