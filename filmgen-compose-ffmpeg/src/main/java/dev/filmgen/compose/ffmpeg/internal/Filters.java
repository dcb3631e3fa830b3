package dev.filmgen.compose.ffmpeg.internal;

import java.util.Locale;

/** Escaping and number formatting for filter graph text. */
public final class Filters {
    private Filters() {
    }

    /**
     * Escapes an option value (a file path, a colour) for use inside a filter graph: first the option level
     * ({@code \ ' :}), then the graph level ({@code \ ' [ ] , ;}).
     */
    public static String value(String raw) {
        String option = raw.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\:");
        StringBuilder graph = new StringBuilder(option.length() + 8);
        for (char c : option.toCharArray()) {
            if ("\\'[],;".indexOf(c) >= 0) {
                graph.append('\\');
            }
            graph.append(c);
        }
        return graph.toString();
    }

    /** A number with up to 4 decimals and a dot, for durations and offsets. */
    public static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
