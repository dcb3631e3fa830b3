package dev.filmgen.stages.roledescription;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Role;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.RoleNames;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextExchange;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in {@code RoleDescription} stage: describes at most {@code max_roles} characters (look, clothes,
 * setting) under the names the boards use. A board character left undescribed is asked for once more
 * when the limit allows it, then reported.
 */
public final class RoleDescriptionHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        RoleDescriptionInput input = RoleDescriptionInput.of(ctx);
        List<Board> boards = StageInputs.boards(ctx);
        int maxRoles = input.maxRoles();
        List<String> onScreen = input.onScreen();

        List<String> notices = new ArrayList<>();
        List<Role> roles = TextExchange.ask(ctx, "roledescription/role_description", input, (answer, repaired) -> {
            notices.clear();
            List<Role> r = RoleNames.reconcile(RoleDescriptionParser.parse(answer), boards, maxRoles, notices::add);
            List<String> missing = RoleNames.undescribed(boards, r);
            if (!repaired && !missing.isEmpty() && onScreen.size() <= maxRoles) {
                int board = firstBoardWith(boards, missing.get(0));
                throw new AnswerProblem(board, "roles", "no role describes \"" + missing.get(0) + "\", who appears in board "
                        + (board + 1) + "; describe every character of the boards: " + String.join(", ", onScreen));
            }
            if (!missing.isEmpty()) {
                notices.add("RoleDescription: " + String.join(", ", missing)
                        + " appear in the boards without a description; their first frames get no portrait reference");
            }
            return r;
        });
        notices.forEach(ctx::notice);
        List<Role> result = List.copyOf(roles);
        ctx.update(b -> b.roles(result));
    }

    private static int firstBoardWith(List<Board> boards, String name) {
        return boards.stream().filter(b -> b.characters().contains(name)).mapToInt(Board::index).findFirst().orElse(-1);
    }
}
