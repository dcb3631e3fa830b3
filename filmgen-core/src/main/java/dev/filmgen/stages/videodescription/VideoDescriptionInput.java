package dev.filmgen.stages.videodescription;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Script;
import dev.filmgen.handler.StageContext;
import dev.filmgen.stages.internal.ContractJson;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextInput;
import java.util.List;
import java.util.Map;

/** What the VideoDescription stage writes from: script, boards, roles and each board's first-frame description. */
record VideoDescriptionInput(Basics basics, String scriptJson, String boardsJson, String rolesJson,
                             String framesJson, int count) implements TextInput {

    static VideoDescriptionInput of(StageContext ctx, Script script, List<Board> boards, List<FrameDescription> frames) {
        return new VideoDescriptionInput(Basics.of(ctx), ContractJson.script(script),
                ContractJson.boards(boards), ContractJson.roles(StageInputs.roles(ctx)), ContractJson.frames(frames),
                boards.size());
    }

    @Override
    public Map<String, String> contract() {
        return Map.of("script_json", scriptJson, "boards_json", boardsJson, "roles_json", rolesJson,
                "frames_json", framesJson);
    }

    @Override
    public Map<String, String> promptOnly() {
        return Map.of("count", String.valueOf(count));
    }
}
