package dev.filmgen.stages.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the per-board description answers of FirstFrameDescription ({@code frames}) and
 * VideoDescription ({@code cameras}): exactly one description for each board; a board without one is
 * an {@link AnswerProblem} naming it.
 */
public final class DescriptionsParser {

    /**
     * The descriptions by board, and how many answer items named boards that do not exist.
     *
     * @param texts one description per board, in board order
     * @param extra items that matched no board (ignored, reported by the handler)
     */
    public record Result(List<String> texts, int extra) {
    }

    private DescriptionsParser() {
    }

    /**
     * @param listName the contract's list name ({@code frames} or {@code cameras})
     * @param aliases other names the list may arrive under
     */
    public static Result parse(String answer, int boards, String listName, String... aliases) {
        ObjectNode o = AnswerJson.parse(answer, listName);
        String[] names = new String[aliases.length + 1];
        names[0] = listName;
        System.arraycopy(aliases, 0, names, 1, aliases.length);
        JsonNode list = Fields.list(o, names);
        if (list == null || list.size() == 0) {
            throw AnswerProblem.whole(listName, "the answer has no \"" + listName + "\" list with one entry per board");
        }
        List<JsonNode> extra = new ArrayList<>();
        JsonNode[] items = Numbered.byBoard(list, boards, extra);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < boards; i++) {
            JsonNode item = items[i];
            String text = item == null ? null : item.isTextual() ? item.asText().trim()
                    : Fields.text(item, "description", "text", "prompt", "camera", "frame", "content");
            if (item == null) {
                throw new AnswerProblem(i, "board", "board " + (i + 1) + " is missing from \"" + listName
                        + "\" (there must be one entry per board, " + boards + " in all)");
            }
            if (text == null || text.isEmpty()) {
                throw AnswerProblem.missing(i, "description");
            }
            texts.add(text);
        }
        return new Result(texts, extra.size());
    }
}
