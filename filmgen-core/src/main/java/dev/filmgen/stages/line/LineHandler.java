package dev.filmgen.stages.line;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Line;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextExchange;
import dev.filmgen.stages.internal.Voices;
import java.util.List;

/**
 * Built-in {@code Line} stage: gives each board's narration a speaker and a voice the configured speech model
 * speaks (its provider's voice table; {@link Voices}), the same voice for the same speaker. A board the model
 * skips is asked for once more and then spoken by the narrator, with a notice; a board is never dropped.
 * Options: {@code voices} (comma-separated ids, narrowing the speech model's) and {@code narrator_voice} (default
 * {@code audio.voice}, else {@code Cherry}).
 */
public final class LineHandler implements Handler {
    /** The voices cast from when the speech model's are not documented. */
    public static final List<String> DEFAULT_VOICES = Voices.FALLBACK;

    @Override
    public void handle(StageContext ctx) {
        String speechModel = ctx.config().stage(Stage.AUDIO).model();
        List<String> voices = Voices.castable(ctx.config(), ctx.voices(speechModel));
        LineInput input = LineInput.of(ctx, voices);
        List<Board> boards = StageInputs.boards(ctx);
        String narrator = input.narrator();
        String narratorVoice = Voices.narrator(ctx.config(), voices);

        LineParser.Draft[] drafts = TextExchange.ask(ctx, "line/line", input, (answer, repaired) -> {
            LineParser.Draft[] d = LineParser.parse(answer, boards.size());
            List<Integer> holes = LineParser.holes(d);
            if (!repaired && !holes.isEmpty()) {
                int h = holes.get(0);
                throw new AnswerProblem(h, "board", "board " + (h + 1) + " is missing from \"lines\" (there must be"
                        + " one line per board, " + boards.size() + " in all)");
            }
            return d;
        });
        LineCasting casting = new LineCasting(voices, narrator, narratorVoice, ctx::notice);
        List<Line> lines = casting.cast(boards, drafts);
        ctx.update(b -> b.lines(lines));
    }
}
