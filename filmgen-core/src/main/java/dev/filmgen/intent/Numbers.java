package dev.filmgen.intent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds which board a sentence names: "分镜2", "第二个镜头", "board 3", "shot three", "the 2nd shot", "the last frame". */
final class Numbers {
    private static final String CN = "[0-9零一二两三四五六七八九十]+";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("第\\s*(" + CN + ")"),
            Pattern.compile("(?:分镜|镜头|首帧|画面|视频|片段|配音|台词|场景|旁白)\\s*(?:#|号|no\\.?)?\\s*(" + CN + ")"),
            Pattern.compile("\\b(?:board|shot|scene|frame|clip|picture|image|line|voice|video|audio|panel)s?"
                    + "\\s*(?:#|no\\.?|number)?\\s*(\\d+)\\b"),
            Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b"));
    private static final Pattern CARDINAL = Pattern.compile(
            "\\b(?:board|shot|scene|frame|clip|picture|image|line|voice|video|audio|panel)\\s+"
                    + "(one|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final List<String> CARDINALS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\\b");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3,
            "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);

    private Numbers() {
    }

    /**
     * The zero-based board index a sentence names, or -1 when it names none.
     *
     * @param text the sentence (any case)
     * @param boardCount boards in the session, used for "last"; 0 when unknown
     */
    public static int boardIndex(String text, int boardCount) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("first[- ]frames?", "firstframe");
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                int n = parse(m.group(1));
                if (n > 0) {
                    return n - 1;
                }
            }
        }
        Matcher c = CARDINAL.matcher(t);
        if (c.find()) {
            return CARDINALS.indexOf(c.group(1));
        }
        Matcher m = ORDINAL.matcher(t);
        if (m.find()) {
            if (m.group(1).equals("last")) {
                return boardCount > 0 ? boardCount - 1 : -1;
            }
            return ORDINALS.get(m.group(1)) - 1;
        }
        return -1;
    }

    /** Parses Arabic digits or a Chinese numeral up to 99 ("二", "十二", "两", "二十一"); -1 when it cannot. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(s.charAt(0)) : -1);
        int ones = ten == s.length() - 1 ? 0 : (ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1);
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        int i = "零一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        if (c == '两') {
            return 2;
        }
        return Character.isDigit(c) ? c - '0' : -1;
    }
}
