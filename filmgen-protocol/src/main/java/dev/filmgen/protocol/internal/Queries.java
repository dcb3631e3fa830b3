package dev.filmgen.protocol.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Decodes URL query strings. */
public final class Queries {
    private Queries() {
    }

    /**
     * The decoded parameters of a raw query string, or none for null. A name given twice is refused with an
     * {@link IllegalArgumentException}: parsers disagree on which value wins (first, last, both), so a link whose
     * {@code sig} or {@code expires} is doubled could mean one thing to a proxy and another to us.
     */
    public static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            String name = URLDecoder.decode(k, StandardCharsets.UTF_8);
            if (out.put(name, URLDecoder.decode(v, StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("the query names '" + name + "' twice");
            }
        }
        return out;
    }
}
