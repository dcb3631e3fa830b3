package dev.filmgen.media.internal;

import java.net.URI;

/** Media locations as they may appear in logs and messages. */
public final class Locations {
    private Locations() {
    }

    /** A location safe to log: no query string or fragment (signed links carry secrets there). */
    public static String describe(URI uri) {
        if ("data".equalsIgnoreCase(uri.getScheme())) {
            return "data: URI";
        }
        String s = uri.toString();
        int cut = s.length();
        for (char c : new char[] {'?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return s.substring(0, cut);
    }
}
