package dev.filmgen.stages.videodescription;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Script;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stages.internal.ContractJson;
import dev.filmgen.stages.internal.DescriptionsParser;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextExchange;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

        Map<String, String> values = new HashMap<>();
        values.put("script_json", ContractJson.script(script));
        values.put("boards_json", ContractJson.boards(boards));
        values.put("roles_json", ContractJson.roles(StageInputs.roles(ctx)));
        values.put("frames_json", ContractJson.frames(frames));
        values.put("count", String.valueOf(boards.size()));
        Map<String, String> attributes = StageInputs.attributes(ctx);
        attributes.put("script_json", values.get("script_json"));
        attributes.put("boards_json", values.get("boards_json"));
        attributes.put("roles_json", values.get("roles_json"));
        attributes.put("frames_json", values.get("frames_json"));

        DescriptionsParser.Result parsed = TextExchange.ask(ctx, "videodescription/video_description", values, attributes,
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
