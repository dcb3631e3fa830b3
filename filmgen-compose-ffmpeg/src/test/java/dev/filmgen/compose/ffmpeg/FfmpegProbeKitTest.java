package dev.filmgen.compose.ffmpeg;

import dev.filmgen.compose.MediaProbe;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.testing.kit.MediaProbeKit;
import java.nio.file.Path;

/** The FFmpeg probe keeps the media-probe contract. */
class FfmpegProbeKitTest extends MediaProbeKit {
    @Override
    protected MediaProbe probe() {
        return new FfmpegProbe();
    }

    @Override
    protected Path clip(Path file, int width, int height, double fps, double seconds, boolean withAudio) {
        return SyntheticMedia.clip(file, width, height, fps, seconds, withAudio);
    }
}
