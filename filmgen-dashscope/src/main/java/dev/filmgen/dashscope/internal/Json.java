package dev.filmgen.dashscope.internal;

import com.alibaba.dashscope.common.DashScopeResult;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Small null-safe readers over the SDK's raw Gson output. */
public final class Json {
    private Json() {
    }

    /** The {@code output} object of a result, or a malformed-response error. */
    public static JsonObject output(DashScopeResult result, DashScopeErrors errors, String operation) {
        Object out = result == null ? null : result.getOutput();
        if (!(out instanceof JsonObject)) {
            throw errors.malformed(operation, "no output object", null);
        }
        return (JsonObject) out;
    }

    /** A string member, or null when absent or not a string. */
    public static String string(JsonObject o, String name) {
        JsonElement e = o == null ? null : o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    /** Every {@code key} value found in the objects of array {@code name} ({@code results[].url}). */
    public static List<String> strings(JsonObject o, String arrayName, String key) {
        List<String> found = new ArrayList<>();
        JsonElement e = o == null ? null : o.get(arrayName);
        if (e != null && e.isJsonArray()) {
            for (JsonElement item : (JsonArray) e) {
                if (item.isJsonObject()) {
                    String v = string(item.getAsJsonObject(), key);
                    if (v != null && !v.isBlank()) {
                        found.add(v);
                    }
                }
            }
        }
        return found;
    }

    /** Image URLs of a messages-style output: {@code choices[].message.content[].image}. */
    public static List<String> choiceImages(JsonObject output) {
        List<String> found = new ArrayList<>();
        JsonElement choices = output == null ? null : output.get("choices");
        if (choices != null && choices.isJsonArray()) {
            for (JsonElement c : (JsonArray) choices) {
                JsonElement msg = c.isJsonObject() ? c.getAsJsonObject().get("message") : null;
                if (msg != null && msg.isJsonObject()) {
                    found.addAll(strings(msg.getAsJsonObject(), "content", "image"));
                }
            }
        }
        return found;
    }
}
