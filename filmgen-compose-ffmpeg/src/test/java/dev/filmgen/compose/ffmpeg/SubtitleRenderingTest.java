package dev.filmgen.compose.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.ffmpeg.testing.GlyphSheet;
import dev.filmgen.compose.ffmpeg.testing.MediaInspector;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.testing.SellerTitles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Looks at decoded frames: subtitles where and when they belong, and real glyphs in every CJK script, never boxes or gaps. */
class SubtitleRenderingTest {
    private static final String BACKGROUND = "#203050";
    @TempDir
    Path dir;
    private final FfmpegComposer composer = FfmpegComposer.create();

    private static FilmStyle style(int fontSize) {
        return new FilmStyle(null, fontSize, "white", null, true, FilmStyle.Position.BOTTOM, 0.5, 0, 0, 0, 0,
                FilmStyle.Fit.LETTERBOX, 0, 70, 0.4);
    }

    /** Pixels brighter than any part of the background in rows [y0, y1). */
    private static int brightPixels(BufferedImage image, int y0, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 180 && g > 180 && b > 180) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long difference(BufferedImage a, BufferedImage b, int y0, int y1) {
        long sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                sum += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff));
            }
        }
        return sum;
    }

    @Test
    void subtitlesShowInTheBottomSafeAreaWhileTheirSentenceIsSpokenAndNotBetweenBoards() {
        Path clip1 = SyntheticMedia.solidClip(dir.resolve("a.mp4"), 320, 180, 25, 1.0, BACKGROUND);
        Path clip2 = SyntheticMedia.solidClip(dir.resolve("b.mp4"), 320, 180, 25, 1.0, BACKGROUND);
        Path voice = SyntheticMedia.tone(dir.resolve("v.wav"), 2.0, 440, 16000, 1);
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, clip1, voice, "Hello there. Another line here."),
                new BoardMedia(1, clip2, null, null)), null, style(150), null);
        Path out = dir.resolve("film.mp4");
        composer.compose(spec, out);

        // board 1: 0..2.4 s (narration 2.0 s + 0.4 s pad); sentence 1 ~0..0.9 s, sentence 2 ~0.9..2.0 s
        List<BufferedImage> frames = MediaInspector.framesAt(out, 0.4, 1.6, 2.2, 3.0);
        int top = 0;
        int safeTop = 90;
        int bottom = 180 - (int) (180 * 0.08) + 2;
        assertTrue(brightPixels(frames.get(0), safeTop, bottom) > 80, "first sentence drawn");
        assertEquals(0, brightPixels(frames.get(0), top, safeTop), "nothing drawn in the upper half");
        assertEquals(0, brightPixels(frames.get(0), bottom, 180), "nothing below the safe area");
        assertTrue(brightPixels(frames.get(1), safeTop, bottom) > 80, "second sentence drawn");
        assertTrue(difference(frames.get(0), frames.get(1), safeTop, bottom) > 5000,
                "the second sentence replaced the first");
        assertEquals(0, brightPixels(frames.get(2), 0, 180), "no subtitle in the pause after the narration");
        assertEquals(0, brightPixels(frames.get(3), 0, 180), "no subtitle on a board without text");
    }

    private BufferedImage render(String text, String name) {
        Path clip = SyntheticMedia.solidClip(dir.resolve(name + ".mp4"), 320, 180, 25, 0.4, BACKGROUND);
        Path out = dir.resolve(name + "-film.mp4");
        composer.compose(new FilmSpec(List.of(new BoardMedia(0, clip, null, text)), null, style(200), null), out);
        return MediaInspector.framesAt(out, 0.2).get(0);
    }

    @Test
    void traditionalChineseKoreanAndJapaneseSubtitlesAreDrawnNotLeftAsGaps() {
        long blank = brightPixels(render("", "blank"), 0, 180);
        assertEquals(0, blank);
        for (String text : List.of("臺灣烏龍", "한국어", "ラテ", "𠮷野家")) {
            long drawn = brightPixels(render(text, "text-" + text.hashCode()), 90, 180);
            assertTrue(drawn > 300, text + " drew " + drawn + " bright pixels");
        }
    }

    @Test
    void aCharacterNoFontHasIsLeftOutNotDrawnAsABoxOrAGap() {
        BufferedImage with = render("茶\uE000茶", "with-missing");
        BufferedImage without = render("茶茶", "without");
        assertEquals(0, difference(with, without, 0, 180), "the same picture as without the character");
        assertEquals("\uE000", composer.undrawable("茶\uE000茶", style(200)), "and the composer names it");
    }

    static final List<SellerTitles.Title> TITLES = SellerTitles.ALL;

    /**
     * The font the composer picks for each seller title draws every character of it — compared, glyph by glyph,
     * with that font's .notdef box and with an empty cell, drawn by FFmpeg's drawtext as films are.
     */
    @Test
    void everyCharacterOfEverySellerTitleIsARealGlyphInTheFontPickedForIt() {
        java.util.Map<Path, java.util.Set<Integer>> byFont = new java.util.HashMap<>();
        for (SellerTitles.Title t : TITLES) {
            FilmFonts.Choice c = FilmFonts.defaults().choose(t.title());
            String emoji = String.join("", t.emoji());
            c.missing().codePoints().forEach(cp -> assertTrue(emoji.indexOf(cp) >= 0,
                    t.title() + ": only emoji may be missing, not " + new String(Character.toChars(cp))));
            c.drawable(t.title()).codePoints().forEach(cp -> byFont.computeIfAbsent(c.file(),
                    f -> new java.util.LinkedHashSet<>()).add(cp));
        }
        byFont.forEach((font, cps) -> assertEquals("", GlyphSheet.notDrawn(font, cps, dir), font + " lacks glyphs"));

        Path base = FilmFonts.builder().systemFonts(false).resources(List.of(FilmFonts.BASE_RESOURCE)).build()
                .choose("a").file();
        assertEquals("한臺", GlyphSheet.notDrawn(base, List.of((int) '한', (int) '臺', (int) '茶'), dir),
                "the comparison does see the .notdef box of a font that lacks a character");
    }
}
