package dev.filmgen.stages.storyboard;

import dev.filmgen.domain.Board;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.stages.internal.RoleNames;
import dev.filmgen.stages.internal.TextExchange;
import java.util.List;

/**
 * Built-in {@code Storyboard} stage: breaks the script into 1..{@code max_boards} boards. Extra boards
 * are cut with a notice (never silently), an answer without boards is repaired once and then fails,
 * and a narration longer than the contract's limit is kept with a warning.
 */
public final class StoryboardHandler implements Handler {
    private static final int MAX_NARRATION_ZH = 30;
    private static final int MAX_NARRATION_EN = 20;

    @Override
    public void handle(StageContext ctx) {
        StoryboardInput input = StoryboardInput.of(ctx);
        String language = input.basics().language();
        int maxBoards = input.maxBoards();

        List<Board> parsed = TextExchange.ask(ctx, "storyboard/storyboard", input,
                (answer, repaired) -> StoryboardParser.parse(answer));
        List<Board> boards = parsed;
        if (parsed.size() > maxBoards) {
            boards = parsed.subList(0, maxBoards);
            ctx.notice("Storyboard: the model wrote " + parsed.size() + " boards; max_boards is " + maxBoards
                    + ", so boards " + (maxBoards + 1) + "–" + parsed.size() + " were left out");
        }
        int limit = Languages.ZH.equals(language) ? MAX_NARRATION_ZH : MAX_NARRATION_EN;
        for (Board b : boards) {
            int length = Languages.measure(b.narration(), language);
            if (length > limit) {
                ctx.notice("Storyboard board " + (b.index() + 1) + ": the narration is " + length
                        + (Languages.ZH.equals(language) ? " characters" : " words") + ", longer than " + limit
                        + "; it is kept, and the board will last as long as it is spoken");
            }
        }
        List<String> cast = RoleNames.onScreen(boards);
        if (cast.size() > ctx.config().maxRoles()) {
            ctx.notice("Storyboard: the boards show " + cast.size() + " characters (" + String.join(", ", cast)
                    + ") but max_roles is " + ctx.config().maxRoles() + "; only that many will be described and painted");
        }
        List<Board> result = List.copyOf(boards);
        ctx.update(b -> b.boards(result));
    }
}
