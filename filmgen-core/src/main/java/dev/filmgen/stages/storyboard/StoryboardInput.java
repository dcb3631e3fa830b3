package dev.filmgen.stages.storyboard;

import dev.filmgen.handler.StageContext;
import dev.filmgen.stages.internal.ContractJson;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextInput;
import java.util.Map;

/** What the Storyboard stage writes from: the script and the board and role limits. */
record StoryboardInput(Basics basics, String scriptJson, int maxBoards, int maxRoles) implements TextInput {

    static StoryboardInput of(StageContext ctx) {
        String scriptJson = ContractJson.script(StageInputs.script(ctx));
        return new StoryboardInput(Basics.of(ctx), scriptJson, Math.max(1, ctx.config().maxBoards()),
                ctx.config().maxRoles());
    }

    @Override
    public Map<String, String> contract() {
        return Map.of("script_json", scriptJson, "max_boards", String.valueOf(maxBoards),
                "max_roles", String.valueOf(maxRoles));
    }
}
