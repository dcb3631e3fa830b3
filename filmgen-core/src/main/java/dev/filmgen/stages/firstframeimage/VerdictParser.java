package dev.filmgen.stages.firstframeimage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.domain.FrameVerdict;
import dev.filmgen.stages.internal.AnswerJson;
import dev.filmgen.stages.internal.AnswerProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a judge's answer: one JSON object with {@code product_present}, {@code product_recognisable}, {@code roles},
 * {@code text_garbled}, {@code score} and {@code reason}, forgiving the usual variations (fenced JSON, {@code "yes"}
 * for true, {@code "7/10"} or {@code "7.5"} for a score, roles as a list of {@code {name, recognisable}}). A missing
 * or out-of-range score is an {@link AnswerProblem}, which the judge repairs once.
 */
final class VerdictParser {
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");

    private VerdictParser() {
    }

    static FrameVerdict parse(String answer, List<String> roleNames, boolean repaired) {
        ObjectNode o = AnswerJson.parse(answer, "verdict");
        Double score = score(first(o, "score", "rating", "评分", "分数"));
        Map<String, Boolean> roles = new LinkedHashMap<>();
        JsonNode r = first(o, "roles", "characters", "people", "人物");
        if (r != null && r.isObject()) {
            r.properties().forEach(e -> roles.put(e.getKey(), bool(e.getValue())));
        } else if (r != null && r.isArray()) {
            for (JsonNode item : r) {
                JsonNode name = first(item, "name", "role", "character");
                if (name != null && name.isTextual()) {
                    roles.put(name.asText(), bool(first(item, "recognisable", "recognizable", "match", "ok")));
                }
            }
        }
        for (String name : roleNames) {
            roles.putIfAbsent(name, null);
        }
        JsonNode reason = first(o, "reason", "sentence", "comment", "explanation", "理由");
        return new FrameVerdict(bool(first(o, "product_present", "product")),
                bool(first(o, "product_recognisable", "product_recognizable")), roles,
                bool(first(o, "text_garbled", "garbled_text")),
                score, reason == null || reason.isNull() ? "" : reason.asText().trim(), repaired);
    }

    private static Double score(JsonNode n) {
        if (n == null || n.isNull()) {
            throw AnswerProblem.whole("score", "it has no \"score\" (a number from 0 to 10)");
        }
        double v;
        if (n.isNumber()) {
            v = n.asDouble();
        } else {
            Matcher m = NUMBER.matcher(n.asText());
            if (!m.find()) {
                throw AnswerProblem.whole("score", "\"score\" is not a number: " + n);
            }
            v = Double.parseDouble(m.group(1));
        }
        if (v < 0 || v > 10 || Double.isNaN(v)) {
            throw AnswerProblem.whole("score", "\"score\" must be from 0 to 10, was " + v);
        }
        return v;
    }

    /** true, false, or null for null, missing or anything unclear. */
    private static Boolean bool(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        String s = n.asText().trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes") || s.equals("是") || s.equals("有")) {
            return Boolean.TRUE;
        }
        if (s.equals("false") || s.equals("no") || s.equals("否") || s.equals("没有") || s.equals("无")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static JsonNode first(JsonNode o, String... names) {
        for (String name : names) {
            JsonNode n = o.get(name);
            if (n != null) {
                return n;
            }
        }
        return null;
    }
}
