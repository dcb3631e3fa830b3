package dev.filmgen.fonts.cjk;

/**
 * This jar's font: every character of Noto Sans CJK SC Bold (simplified and traditional Chinese, Japanese kana,
 * Korean Hangul, CJK extensions; SIL OFL 1.1, see {@code OFL.txt} and {@code README.md} beside it). Nothing needs to
 * call this class: {@code FilmFonts} in {@code filmgen-compose-ffmpeg} finds the font on the class path by
 * {@link #RESOURCE}, so a host that leaves this jar out only loses the characters it adds.
 */
public final class CjkFont {
    /** Class-path location of the font. */
    public static final String RESOURCE = "/dev/filmgen/fonts/cjk/NotoSansCJKsc-Bold-cjk.otf";

    private CjkFont() {
    }
}
