package dev.filmgen.offline.internal;

import java.util.Locale;

/** The two languages the offline copywriter writes: Chinese and English. */
public enum Lang {
    ZH, EN;

    /** The language named by a {@code language} attribute, or the one the text is mostly written in. */
    public static Lang of(String attribute, String text) {
        if (attribute != null && !attribute.isBlank()) {
            String a = attribute.trim().toLowerCase(Locale.ROOT);
            if (a.startsWith("zh") || a.startsWith("cmn") || a.startsWith("chinese")) {
                return ZH;
            }
            if (a.startsWith("en")) {
                return EN;
            }
        }
        return detect(text);
    }

    /** Chinese when the text holds at least one CJK character per four Latin letters, else English. */
    public static Lang detect(String text) {
        if (text == null) {
            return EN;
        }
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjk++;
            } else if (Character.isLetter(cp) && cp < 0x250) {
                latin++;
            }
        }
        return cjk > 0 && cjk * 4 >= latin ? ZH : EN;
    }

    /** Whether a code point is a CJK ideograph or CJK punctuation. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    public String code() {
        return this == ZH ? "zh" : "en";
    }
}
