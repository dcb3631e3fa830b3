package dev.filmgen.offline.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lenient readers of the upstream answers a request carries ({@code script_json}, {@code boards_json},
 * {@code roles_json}): field names case-insensitive with the contract's aliases; absent or broken input reads
 * as empty so the copywriter falls back to its own plan.
 */
public final class Upstream {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One board as the copywriter needs it (number is 1-based). */
    public record BoardView(int number, List<String> characters, String picture, String narration) {
    }

    /** One role as the copywriter needs it. */
    public record RoleView(String name, String look, String clothes, String setting) {
    }

    private Upstream() {
    }

    public static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.missingNode();
        }
        int start = json.indexOf('{');
        int end = json.lastIndexOf('}');
        if (start < 0 || end < start) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(json.substring(start, end + 1));
        } catch (Exception e) {
            return JSON.missingNode();
        }
    }

    /** The first of the named fields present (case-insensitive). */
    public static JsonNode field(JsonNode obj, String... names) {
        if (obj == null || !obj.isObject()) {
            return JSON.missingNode();
        }
        for (String want : names) {
            for (Map.Entry<String, JsonNode> e : obj.properties()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(want)) {
                    return e.getValue();
                }
            }
        }
        return JSON.missingNode();
    }

    public static String text(JsonNode obj, String... names) {
        JsonNode n = field(obj, names);
        return n.isValueNode() ? n.asText().strip() : "";
    }

    public static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> {
                String s = x.isObject() ? text(x, "name") : x.asText().strip();
                if (!s.isEmpty() && !List.of("none", "无", "null").contains(s.toLowerCase(Locale.ROOT))) {
                    out.add(s);
                }
            });
        } else if (n.isTextual() && !n.asText().isBlank()) {
            for (String s : n.asText().split("[,，、]")) {
                if (!s.isBlank() && !List.of("none", "无").contains(s.strip().toLowerCase(Locale.ROOT))) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    public static List<BoardView> boards(String json) {
        List<BoardView> out = new ArrayList<>();
        JsonNode arr = field(parse(json), "boards");
        for (int i = 0; i < arr.size(); i++) {
            JsonNode b = arr.get(i);
            JsonNode num = field(b, "board", "index");
            out.add(new BoardView(num.canConvertToInt() && num.asInt() > 0 ? num.asInt() : i + 1,
                    strings(field(b, "characters")), text(b, "picture"), text(b, "narration")));
        }
        return out;
    }

    public static List<RoleView> roles(String json) {
        List<RoleView> out = new ArrayList<>();
        for (JsonNode r : field(parse(json), "roles")) {
            String name = text(r, "name");
            if (!name.isEmpty()) {
                out.add(new RoleView(name, text(r, "look"), text(r, "clothes"), text(r, "setting")));
            }
        }
        return out;
    }
}
