package dev.filmgen.stages.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fields of a model's JSON answer forgivingly: names match case-insensitively and ignoring
 * {@code _ - space}, several aliases may be given (first found wins), numbers may arrive as text
 * ("Board 2", "分镜2"), and lists may arrive as one comma-separated string.
 */
public final class Fields {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，、;；/|]+");
    private static final Set<String> NOBODY = Set.of("none", "no", "null", "nil", "n/a", "na", "nobody", "-",
            "无", "没有", "无人", "无人物", "无角色", "空");

    private Fields() {
    }

    /** The value of the first alias present (compared normalised), or null. */
    public static JsonNode get(JsonNode object, String... names) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (String name : names) {
            String wanted = normalise(name);
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (normalise(e.getKey()).equals(wanted) && !e.getValue().isNull()) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Trimmed text of the first alias present; arrays are joined with ", "; null when missing or blank. */
    public static String text(JsonNode object, String... names) {
        JsonNode v = get(object, names);
        if (v == null) {
            return null;
        }
        String s;
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText().trim()));
            s = String.join(", ", parts);
        } else if (v.isValueNode()) {
            s = v.asText();
        } else {
            s = v.toString();
        }
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    /**
     * A list of names: a JSON array of strings, or one string split on commas (ASCII or CJK). Words
     * meaning "nobody" ({@code none}, {@code 无}) give an empty list. Null when the field is absent.
     */
    public static List<String> names(JsonNode object, String... aliases) {
        JsonNode v = get(object, aliases);
        if (v == null) {
            return null;
        }
        List<String> raw = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> raw.add(x.isObject() ? nz(text(x, "name")) : x.asText()));
        } else {
            raw.addAll(List.of(LIST_SEPARATORS.split(v.asText())));
        }
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String n = r.trim();
            if (!n.isEmpty() && !NOBODY.contains(n.toLowerCase(Locale.ROOT)) && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** A whole number: a JSON number or the first digits in a text ("Board 3" → 3); null otherwise. */
    public static Integer number(JsonNode object, String... names) {
        JsonNode v = get(object, names);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return v.asInt();
        }
        Matcher m = DIGITS.matcher(v.asText());
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    /**
     * The answer's list: the first alias holding an array; failing that, the only array-valued field
     * of the object. Null when there is none.
     */
    public static JsonNode list(JsonNode object, String... names) {
        JsonNode v = get(object, names);
        if (v != null && v.isArray()) {
            return v;
        }
        JsonNode only = null;
        Iterator<JsonNode> it = object.elements();
        while (it.hasNext()) {
            JsonNode e = it.next();
            if (e.isArray() && e.size() > 0 && e.get(0).isObject()) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        return only;
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
