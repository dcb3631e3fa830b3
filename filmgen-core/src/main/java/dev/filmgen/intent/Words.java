package dev.filmgen.intent;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keyword matching for the rule classifier: Chinese words match as substrings, English words and
 * phrases match on word boundaries, plurals included ("frame" matches "frames", "script" does not match
 * "description").
 */
final class Words {
    private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Words() {
    }

    /** Whether {@code text} (already lower-cased) contains any of {@code words}. */
    public static boolean any(String text, List<String> words) {
        return first(text, words) != null;
    }

    /** The first of {@code words} that {@code text} (already lower-cased) contains, or null. */
    public static String first(String text, List<String> words) {
        for (String w : words) {
            if (contains(text, w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code text} contains {@code word}; ASCII words are matched on word boundaries. */
    public static boolean contains(String text, String word) {
        if (!isAscii(word)) {
            return text.contains(word);
        }
        Pattern p = CACHE.computeIfAbsent(word,
                w -> Pattern.compile("(?<![a-z0-9])" + Pattern.quote(w) + "(?:s|es)?(?![a-z0-9])"));
        return p.matcher(text).find();
    }

    /** Whether the text has any CJK character (used to answer in Chinese). */
    public static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    /** Lower-cases with the root locale and folds full-width punctuation and spaces. */
    public static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT).trim();
    }
}
