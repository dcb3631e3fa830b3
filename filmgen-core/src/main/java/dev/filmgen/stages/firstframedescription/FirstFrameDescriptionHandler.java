package dev.filmgen.stages.firstframedescription;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Script;
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
 * Built-in {@code FirstFrameDescription} stage: one picture description per board, naming the board's
 * characters and the product. A board without a description is asked for once more, then the stage
 * fails naming the board.
 */
public final class FirstFrameDescriptionHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        Script script = StageInputs.script(ctx);
        List<Board> boards = StageInputs.boards(ctx);

        Map<String, String> values = new HashMap<>();
        values.put("script_json", ContractJson.script(script));
        values.put("boards_json", ContractJson.boards(boards));
        values.put("roles_json", ContractJson.roles(StageInputs.roles(ctx)));
        values.put("count", String.valueOf(boards.size()));
        Map<String, String> attributes = StageInputs.attributes(ctx);
        attributes.put("script_json", values.get("script_json"));
        attributes.put("boards_json", values.get("boards_json"));
        attributes.put("roles_json", values.get("roles_json"));

        DescriptionsParser.Result parsed = TextExchange.ask(ctx, "firstframedescription/first_frame_description", values, attributes,
                (answer, repaired) -> DescriptionsParser.parse(answer, boards.size(), "frames", "first_frames",
                        "descriptions", "boards"));
        if (parsed.extra() > 0) {
            ctx.notice("FirstFrameDescription: " + parsed.extra() + " description(s) named boards that do not exist and were ignored");
        }
        List<FrameDescription> frames = new ArrayList<>();
        for (int i = 0; i < boards.size(); i++) {
            frames.add(new FrameDescription(i, parsed.texts().get(i)));
        }
        ctx.update(b -> b.frames(frames));
    }
}
