package dev.filmgen.stages.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON object in a text model's answer: strips Markdown code fences and prose around it,
 * tolerates comments, trailing commas, single quotes and unquoted names. A bare JSON array is wrapped
 * as {@code {"<listName>": [...]}}.
 */
public final class AnswerJson {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Pattern FENCE = Pattern.compile("```[A-Za-z0-9_-]*\\s*\\n?(.*?)```", Pattern.DOTALL);
    private static final int MAX_STARTS = 20;

    private AnswerJson() {
    }

    /**
     * The answer's JSON object. Throws an {@link AnswerProblem} when the answer holds none.
     *
     * @param listName the name a bare top-level array is given
     */
    public static ObjectNode parse(String answer, String listName) {
        if (answer == null || answer.isBlank()) {
            throw AnswerProblem.whole(null, "the answer was empty; it must be one JSON object");
        }
        ObjectNode found = find(answer, listName);
        if (found == null && (answer.indexOf('\u201C') >= 0 || answer.indexOf('\u201D') >= 0)) {
            // some models quote keys with typographic quotes; only tried when the answer is otherwise unreadable
            found = find(answer.replace('\u201C', '"').replace('\u201D', '"'), listName);
        }
        if (found == null) {
            throw AnswerProblem.whole(null, "the answer holds no JSON object (it must be one JSON object, no prose)");
        }
        return found;
    }

    private static ObjectNode find(String answer, String listName) {
        List<String> candidates = new ArrayList<>();
        Matcher m = FENCE.matcher(answer);
        while (m.find()) {
            candidates.add(m.group(1));
        }
        candidates.add(answer);
        for (String text : candidates) {
            JsonNode node = firstJson(text);
            if (node != null && node.isObject()) {
                return (ObjectNode) node;
            }
            if (node != null && node.isArray()) {
                ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
                wrapped.set(listName, node);
                return wrapped;
            }
        }
        return null;
    }

    /** The first parseable object or array in {@code text}, trying each opening bracket in turn. */
    private static JsonNode firstJson(String text) {
        int tried = 0;
        for (int i = 0; i < text.length() && tried < MAX_STARTS; i++) {
            char c = text.charAt(i);
            if (c != '{' && c != '[') {
                continue;
            }
            tried++;
            int end = balancedEnd(text, i);
            if (end < 0) {
                continue;
            }
            try {
                JsonNode node = LENIENT.readTree(text.substring(i, end + 1));
                if (node != null && (node.isObject() || node.isArray()) && node.size() > 0) {
                    return node;
                }
            } catch (java.io.IOException e) {
                // not JSON from here; try the next bracket
            }
        }
        return null;
    }

    /** Index of the bracket closing the one at {@code start}, skipping strings; -1 when unbalanced. */
    static int balancedEnd(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
