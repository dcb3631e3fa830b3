package dev.filmgen.internal.text;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which writing a text uses besides Chinese characters and the Latin alphabet: films are narrated in Chinese or
 * English only, so a Japanese, Korean or other topic is made in one of those, and the user is told.
 */
public final class Scripts {
    private Scripts() {
    }

    /**
     * The language or script of {@code text}'s letters that are neither Han nor Latin — {@code Japanese} when it has
     * kana, {@code Korean} when it has Hangul, else the script with the most letters ({@code Thai}, {@code Arabic},
     * {@code Cyrillic}…) — or null when it has none.
     */
    public static String foreign(String text) {
        if (text == null) {
            return null;
        }
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1,
                Integer::sum));
        counts.remove(Character.UnicodeScript.HAN);
        counts.remove(Character.UnicodeScript.LATIN);
        counts.remove(Character.UnicodeScript.COMMON);
        counts.remove(Character.UnicodeScript.INHERITED);
        if (counts.containsKey(Character.UnicodeScript.HIRAGANA) || counts.containsKey(Character.UnicodeScript.KATAKANA)) {
            return "Japanese";
        }
        if (counts.containsKey(Character.UnicodeScript.HANGUL)) {
            return "Korean";
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> name(e.getKey())).orElse(null);
    }

    private static String name(Character.UnicodeScript script) {
        String n = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
