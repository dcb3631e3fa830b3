package dev.filmgen.stages.line;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Line;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextExchange;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in {@code Line} stage: gives each board's narration a speaker and a voice from the speech
 * model's list, the same voice for the same speaker. A board the model skips is asked for once more and
 * then spoken by the narrator, with a notice; a board is never dropped.
 * Options: {@code voices} (comma-separated ids) and {@code narrator_voice} (default {@code Cherry}).
 */
public final class LineHandler implements Handler {
    /** The voices qwen-tts offers, used when the stage has no {@code voices} option. */
    public static final List<String> DEFAULT_VOICES =
            List.of("Chelsie", "Cherry", "Ethan", "Serena", "Dylan", "Jada", "Sunny");

    @Override
    public void handle(StageContext ctx) {
        List<String> voices = voices(ctx);
        LineInput input = LineInput.of(ctx, voices);
        List<Board> boards = StageInputs.boards(ctx);
        String narrator = input.narrator();
        String narratorVoice = Pictures.option(ctx, "narrator_voice", voices.contains("Cherry") ? "Cherry" : voices.get(0));

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

    private static List<String> voices(StageContext ctx) {
        Object v = ctx.settings().options().get("voices");
        List<String> out = new ArrayList<>();
        if (v instanceof List) {
            ((List<?>) v).forEach(x -> out.add(String.valueOf(x).trim()));
        } else if (v != null) {
            for (String s : v.toString().split(",")) {
                out.add(s.trim());
            }
        }
        out.removeIf(String::isEmpty);
        return out.isEmpty() ? DEFAULT_VOICES : out;
    }
}
