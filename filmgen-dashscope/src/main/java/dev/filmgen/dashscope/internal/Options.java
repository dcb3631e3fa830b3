package dev.filmgen.dashscope.internal;

import java.util.Map;

/** Reads per-call provider options by their DashScope name or its camel-case twin. */
public final class Options {
    private Options() {
    }

    /** A boolean option ({@code prompt_extend} or {@code promptExtend}), or null when unset. */
    public static Boolean bool(Map<String, Object> options, String snakeName) {
        Object v = get(options, snakeName);
        if (v == null) {
            return null;
        }
        return v instanceof Boolean ? (Boolean) v : Boolean.valueOf(v.toString().trim());
    }

    /** A string option, or null when unset. */
    public static String string(Map<String, Object> options, String snakeName) {
        Object v = get(options, snakeName);
        return v == null ? null : v.toString();
    }

    /** A seed folded into DashScope's range 0..2147483647, or null. */
    public static Integer seed(Long seed) {
        return seed == null ? null : (int) Math.floorMod(seed, 2147483648L);
    }

    private static Object get(Map<String, Object> options, String snakeName) {
        if (options.containsKey(snakeName)) {
            return options.get(snakeName);
        }
        StringBuilder camel = new StringBuilder();
        boolean up = false;
        for (char c : snakeName.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                camel.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return options.get(camel.toString());
    }
}
