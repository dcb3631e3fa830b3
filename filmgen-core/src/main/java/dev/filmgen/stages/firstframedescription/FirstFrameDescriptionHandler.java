package dev.filmgen.stages.firstframedescription;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.stages.internal.DescriptionsParser;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextExchange;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in {@code FirstFrameDescription} stage: one picture description per board, naming the board's
 * characters and the product. A board without a description is asked for once more, then the stage
 * fails naming the board.
 */
public final class FirstFrameDescriptionHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        FirstFrameDescriptionInput input = FirstFrameDescriptionInput.of(ctx);
        List<Board> boards = StageInputs.boards(ctx);

        DescriptionsParser.Result parsed = TextExchange.ask(ctx, "firstframedescription/first_frame_description", input,
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
