package dev.filmgen.stages.videodescription;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Script;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stages.internal.DescriptionsParser;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextExchange;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in {@code VideoDescription} stage: one camera description per board (shot size, subject,
 * action, mood and one named camera move), written from the board and its first-frame description.
 */
public final class VideoDescriptionHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        Script script = StageInputs.script(ctx);
        List<Board> boards = StageInputs.boards(ctx);
        List<FrameDescription> frames = ctx.session().frames();
        if (frames.size() < boards.size()) {
            throw new StageFailedException(ctx.stage(), -1, "the session has " + frames.size()
                    + " first-frame descriptions for " + boards.size() + " boards: run FirstFrameDescription first", null);
        }

        VideoDescriptionInput input = VideoDescriptionInput.of(ctx, script, boards, frames);

        DescriptionsParser.Result parsed = TextExchange.ask(ctx, "videodescription/video_description", input,
                (answer, repaired) -> DescriptionsParser.parse(answer, boards.size(), "cameras", "camera", "videos",
                        "shots", "boards"));
        if (parsed.extra() > 0) {
            ctx.notice("VideoDescription: " + parsed.extra() + " description(s) named boards that do not exist and were ignored");
        }
        List<CameraDescription> cameras = new ArrayList<>();
        for (int i = 0; i < boards.size(); i++) {
            cameras.add(new CameraDescription(i, parsed.texts().get(i)));
        }
        ctx.update(b -> b.cameras(cameras));
    }
}
