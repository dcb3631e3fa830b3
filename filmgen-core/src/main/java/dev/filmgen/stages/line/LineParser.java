package dev.filmgen.stages.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.stages.internal.AnswerJson;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.Fields;
import dev.filmgen.stages.internal.Numbered;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Line answer into one draft per board; a board the answer skipped stays null so the
 * handler can ask again and then fill it, never drop it.
 */
final class LineParser {

    /** What the answer said for one board; any part may be null. */
    public record Draft(String speaker, String text, String voice) {
    }

    private LineParser() {
    }

    /** Drafts by board (null where the answer has none). */
    public static Draft[] parse(String answer, int boards) {
        ObjectNode o = AnswerJson.parse(answer, "lines");
        JsonNode list = Fields.list(o, "lines", "dialogue", "dialogues", "voiceovers");
        if (list == null || list.size() == 0) {
            throw AnswerProblem.whole("lines", "the answer has no \"lines\" list with one entry per board");
        }
        JsonNode[] items = Numbered.byBoard(list, boards, new ArrayList<>());
        Draft[] drafts = new Draft[boards];
        for (int i = 0; i < boards; i++) {
            JsonNode item = items[i];
            if (item != null && item.isObject()) {
                drafts[i] = new Draft(Fields.text(item, "speaker", "role", "character", "name"),
                        Fields.text(item, "text", "line", "narration", "content"),
                        Fields.text(item, "voice", "voice_id", "timbre"));
            }
        }
        return drafts;
    }

    /** Zero-based indexes of boards the answer skipped. */
    public static List<Integer> holes(Draft[] drafts) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < drafts.length; i++) {
            if (drafts[i] == null) {
                out.add(i);
            }
        }
        return out;
    }
}
