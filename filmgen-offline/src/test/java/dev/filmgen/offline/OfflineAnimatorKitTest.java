package dev.filmgen.offline;

import dev.filmgen.compose.MediaProbe;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.model.VideoModel;
import dev.filmgen.testing.kit.VideoModelKit;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The offline animator keeps the video-model contract. */
class OfflineAnimatorKitTest extends VideoModelKit {
    @TempDir
    Path dir;

    @Override
    protected VideoModel model() {
        return new OfflineAnimator(dir);
    }

    @Override
    protected String modelName() {
        return OfflineModels.MODEL_NAME;
    }

    @Override
    protected MediaProbe probe() {
        return new FfmpegProbe();
    }
}
