package dev.filmgen.stages.roledescription;

import dev.filmgen.domain.Board;
import dev.filmgen.handler.StageContext;
import dev.filmgen.stages.internal.ContractJson;
import dev.filmgen.stages.internal.RoleNames;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextInput;
import java.util.List;
import java.util.Map;

/** What the RoleDescription stage writes from: script, boards, the role limit and the names the boards show. */
record RoleDescriptionInput(Basics basics, String scriptJson, String boardsJson, int maxRoles, List<String> onScreen)
        implements TextInput {

    static RoleDescriptionInput of(StageContext ctx) {
        String scriptJson = ContractJson.script(StageInputs.script(ctx));
        List<Board> boards = StageInputs.boards(ctx);
        return new RoleDescriptionInput(Basics.of(ctx), scriptJson, ContractJson.boards(boards),
                Math.max(0, ctx.config().maxRoles()), RoleNames.onScreen(boards));
    }

    @Override
    public Map<String, String> contract() {
        return Map.of("script_json", scriptJson, "boards_json", boardsJson, "max_roles", String.valueOf(maxRoles));
    }

    @Override
    public Map<String, String> promptOnly() {
        boolean zh = basics.chinese();
        return Map.of("names", onScreen.isEmpty() ? (zh ? "（无）" : "(none)") : String.join(zh ? "、" : ", ", onScreen));
    }
}
