package dev.filmgen.stages.firstframeimage;

import dev.filmgen.config.StageConfig;

/** The picture-stage option keys filmgen reads itself and never hands to a picture model. */
final class FrameOptions {
    static final String[] OURS = {StageConfig.REFERENCE_MODEL, StageConfig.JUDGE_MODEL, StageConfig.MIN_SCORE,
            StageConfig.CANDIDATES};

    private FrameOptions() {
    }
}
