package dev.filmgen.stages.line;

import dev.filmgen.handler.StageContext;
import dev.filmgen.stages.internal.ContractJson;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextInput;
import java.util.List;
import java.util.Map;

/**
 * What the Line stage writes from: script, boards and the voices the speech model offers (no roles: see
 * {@code docs/text-formats.md}), and the word for a narrator in the film's language.
 */
record LineInput(Basics basics, String scriptJson, String boardsJson, List<String> voices, String narrator, int count)
        implements TextInput {

    static LineInput of(StageContext ctx, List<String> voices) {
        String scriptJson = ContractJson.script(StageInputs.script(ctx));
        var boards = StageInputs.boards(ctx);
        Basics basics = Basics.of(ctx);
        return new LineInput(basics, scriptJson, ContractJson.boards(boards), List.copyOf(voices),
                basics.chinese() ? "旁白" : "narrator", boards.size());
    }

    @Override
    public Map<String, String> contract() {
        return Map.of("script_json", scriptJson, "boards_json", boardsJson, "voices", String.join(",", voices));
    }

    @Override
    public Map<String, String> promptOnly() {
        return Map.of("narrator", narrator, "count", String.valueOf(count));
    }
}
