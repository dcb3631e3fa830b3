package dev.filmgen.internal.text;

import java.util.Locale;

/**
 * Decides which language a film is made in from the user's topic: {@code zh} when CJK characters
 * dominate, otherwise {@code en}. Mixed text counts each CJK character against each Latin word, so a
 * Chinese theme that names a Latin brand ("iPhone 手机壳") stays Chinese.
 */
public final class Languages {
    /** Chinese. */
    public static final String ZH = "zh";
    /** English, also the fallback for any other language. */
    public static final String EN = "en";

    private Languages() {
    }

    /**
     * {@code zh} or {@code en} for {@code text}; {@code en} for null or text without letters. Codes in a seller's
     * title — words with digits or in capitals only ({@code SKU}, {@code TL-WDR5620}, {@code AC1200}) — are not
     * words of a language and do not count.
     */
    public static String detect(String text) {
        if (text == null) {
            return EN;
        }
        int cjk = 0;
        int latinWords = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (!isCjk(cp) && (Character.isLetter(cp) || Character.isDigit(cp))) {
                word.appendCodePoint(cp);
                continue;
            }
            if (isWord(word)) {
                latinWords++;
            }
            word.setLength(0);
            if (isCjk(cp)) {
                cjk++;
            }
        }
        return cjk > 0 && cjk >= latinWords ? ZH : EN;
    }

    /** A word of a language: letters, no digits, and not capitals only (an acronym or a product code). */
    private static boolean isWord(CharSequence w) {
        boolean letters = false;
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
            lower |= Character.isLowerCase(c) || (Character.isLetter(c) && !Character.isUpperCase(c));
            upper |= Character.isUpperCase(c);
        }
        return letters && (lower || !upper);
    }

    /** {@code zh} when {@code language} names Chinese ({@code zh}, {@code zh-CN}, {@code chinese}), else {@code en}. */
    public static String normalise(String language) {
        if (language == null) {
            return EN;
        }
        String l = language.trim().toLowerCase(Locale.ROOT);
        return l.startsWith("zh") || l.startsWith("chinese") || l.equals("cn") ? ZH : EN;
    }

    /** Whether the code point is a CJK ideograph (Han, including extensions and compatibility forms). */
    public static boolean isCjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The length of a narration as the contract measures it: CJK characters for Chinese, words for
     * English.
     */
    public static int measure(String text, String language) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        if (ZH.equals(language)) {
            return (int) text.codePoints().filter(Languages::isCjk).count();
        }
        return text.trim().split("\\s+").length;
    }
}
