package dev.filmgen.stages.storyboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.domain.Board;
import dev.filmgen.stages.internal.AnswerJson;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.Fields;
import dev.filmgen.stages.internal.Numbered;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Storyboard answer into boards, in the order of their 1-based {@code board} numbers
 * (or of the list when numbers are missing or repeated). Every board needs a picture and a narration;
 * characters may be empty. Truncation to {@code max_boards} is the handler's job, never silent.
 */
final class StoryboardParser {
    private StoryboardParser() {
    }

    public static List<Board> parse(String answer) {
        ObjectNode o = AnswerJson.parse(answer, "boards");
        JsonNode list = Fields.list(o, "boards", "storyboard", "shots", "scenes");
        if (list == null || list.size() == 0) {
            throw AnswerProblem.whole("boards", "the answer has no boards: \"boards\" must list at least one board");
        }
        List<JsonNode> items = Numbered.order(list);
        List<Board> boards = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode b = items.get(i);
            if (!b.isObject()) {
                throw new AnswerProblem(i, "boards", "board " + (i + 1) + " is not a JSON object");
            }
            List<String> characters = Fields.names(b, "characters", "roles", "people", "cast");
            String picture = Fields.text(b, "picture", "scene", "visual", "image", "description");
            String narration = Fields.text(b, "narration", "voiceover", "voice_over", "text", "line", "narrative");
            if (picture == null) {
                throw AnswerProblem.missing(i, "picture");
            }
            if (narration == null) {
                throw AnswerProblem.missing(i, "narration");
            }
            boards.add(new Board(i, characters == null ? List.of() : characters, picture, narration));
        }
        return boards;
    }
}
