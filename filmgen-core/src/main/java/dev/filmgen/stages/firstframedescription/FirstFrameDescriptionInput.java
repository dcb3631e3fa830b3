package dev.filmgen.stages.firstframedescription;

import dev.filmgen.handler.StageContext;
import dev.filmgen.stages.internal.ContractJson;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextInput;
import java.util.Map;

/** What the FirstFrameDescription stage writes from: script, boards and the described roles. */
record FirstFrameDescriptionInput(Basics basics, String scriptJson, String boardsJson, String rolesJson, int count)
        implements TextInput {

    static FirstFrameDescriptionInput of(StageContext ctx) {
        String scriptJson = ContractJson.script(StageInputs.script(ctx));
        var boards = StageInputs.boards(ctx);
        return new FirstFrameDescriptionInput(Basics.of(ctx), scriptJson, ContractJson.boards(boards),
                ContractJson.roles(StageInputs.roles(ctx)), boards.size());
    }

    @Override
    public Map<String, String> contract() {
        return Map.of("script_json", scriptJson, "boards_json", boardsJson, "roles_json", rolesJson);
    }

    @Override
    public Map<String, String> promptOnly() {
        return Map.of("count", String.valueOf(count));
    }
}
