package dev.filmgen.agentscope.internal;

import java.util.Map;
import java.util.Set;

/** Reads a tool call's arguments; a wrong one is an {@link IllegalArgumentException} naming it and what is allowed. */
final class Args {
    private Args() {
    }

    static String text(Map<String, Object> in, String name, boolean required) {
        Object v = in.get(name);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                throw new IllegalArgumentException(name + " is required");
            }
            return null;
        }
        if (!(v instanceof String)) {
            throw new IllegalArgumentException(name + " must be a string, was " + v);
        }
        return ((String) v).strip();
    }

    static Integer integer(Map<String, Object> in, String name, int min, int max) {
        Object v = in.get(name);
        if (v == null) {
            return null;
        }
        int n;
        if (v instanceof Number && ((Number) v).doubleValue() == Math.rint(((Number) v).doubleValue())) {
            n = ((Number) v).intValue();
        } else {
            try {
                n = Integer.parseInt(v.toString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number " + min + "-" + max + ", was " + v);
            }
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be " + min + "-" + max + ", was " + n);
        }
        return n;
    }

    static String oneOf(Map<String, Object> in, String name, Set<String> allowed) {
        String v = text(in, name, false);
        if (v != null && !allowed.contains(v)) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
                    + ", was '" + v + "'");
        }
        return v;
    }
}
