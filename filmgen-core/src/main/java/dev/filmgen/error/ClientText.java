package dev.filmgen.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a failure's text fit for a client: no server paths, no native log lines, bounded length. */
final class ClientText {
    /** The most characters a client message keeps. */
    static final int MAX_CHARS = 400;

    /** {@code file:} URIs (any number of slashes) up to white space or a closing quote/bracket. */
    private static final Pattern FILE_URI = Pattern.compile("(?i)\\bfile:/*([^\\s'\"()<>\\[\\]]+)");
    /** Absolute Unix paths of two or more segments, not part of a URL or a word ("and/or", "16:9/1:1"). */
    private static final Pattern UNIX_PATH = Pattern.compile("(?<![\\w.:/~-])(?:/[^/\\s'\"()<>,;\\[\\]]+){2,}/?");
    /** Absolute Windows paths. */
    private static final Pattern WINDOWS_PATH = Pattern.compile("(?i)\\b[a-z]:\\\\[^\\s'\"()<>,;]*");

    private ClientText() {
    }

    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String s = message;
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl).stripTrailing(); // what follows is a native log or a stack: server only
        }
        s = replace(FILE_URI, s, 1);
        s = replace(UNIX_PATH, s, 0);
        s = replace(WINDOWS_PATH, s, 0);
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS - 1) + "…";
        }
        return s;
    }

    /** Replaces each match by the last segment of the path it holds (the file name says what, not where). */
    private static String replace(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = m.group(group).replace('\\', '/');
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int slash = path.lastIndexOf('/');
            String name = slash < 0 ? path : path.substring(slash + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(name.isEmpty() ? "<path>" : name));
        }
        m.appendTail(out);
        return out.toString();
    }
}
