package dev.filmgen.stages.video;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import java.util.Locale;
import java.util.Set;

/**
 * Built-in {@code Video} stage, one item per board: animates the board's first frame following its
 * camera description, at the stage's {@code resolution} option (default {@code 1080P}) for
 * {@code clip_seconds}.
 */
public final class VideoHandler implements Handler {
    private static final Set<String> RESOLUTIONS = Set.of("480P", "720P", "1080P");

    @Override
    public void handle(StageContext ctx) {
        Board board = StageInputs.board(ctx);
        int i = board.index();
        MediaAsset frame = ctx.session().firstFrames().get(i);
        if (frame == null) {
            throw new StageFailedException(ctx.stage(), i, "no first frame for this board: run FirstFrameImage first", null);
        }
        String camera = ctx.session().cameras().stream().filter(c -> c.board() == i).map(CameraDescription::text)
                .findFirst().orElseThrow(() -> new StageFailedException(ctx.stage(), i,
                        "no camera description for this board: run VideoDescription first", null));
        String resolution = Pictures.option(ctx, "resolution", "1080P").toUpperCase(Locale.ROOT);
        if (!RESOLUTIONS.contains(resolution)) {
            throw new InvalidInputException("Video option resolution \"" + resolution + "\" is not one of 480P, 720P, 1080P");
        }
        int seconds = Math.max(1, ctx.config().clipSeconds());
        VideoRequest request = new VideoRequest(ctx.settings().model(), frame, camera, resolution, seconds,
                ctx.config().seed(), Pictures.modelOptions(ctx, "resolution"), "clip:" + (i + 1));
        ctx.checkCancelled();
        MediaAsset clip = ctx.video(request);
        ctx.update(b -> b.clip(i, clip));
    }
}
