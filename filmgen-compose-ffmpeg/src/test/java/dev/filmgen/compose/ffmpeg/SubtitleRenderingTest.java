package dev.filmgen.compose.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.ffmpeg.testing.MediaInspector;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Looks at decoded frames: subtitles where and when they belong, and real Chinese glyphs from the bundled font. */
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
    void chineseSubtitlesDrawRealGlyphsNotMissingGlyphBoxes() {
        BufferedImage chineseA = render("你好世界", "cn-a");
        BufferedImage chineseB = render("保温水杯", "cn-b");
        // neither character is in the bundled font: both strings draw the same missing-glyph box four times
        BufferedImage missingA = render("龘龘龘龘", "missing-a");
        BufferedImage missingB = render("䶮䶮䶮䶮", "missing-b");

        assertTrue(brightPixels(chineseA, 90, 180) > 200, "Chinese text is drawn");
        long betweenMissing = difference(missingA, missingB, 90, 180);
        long betweenChinese = difference(chineseA, chineseB, 90, 180);
        long chineseVsMissing = difference(chineseA, missingA, 90, 180);
        assertTrue(betweenChinese > 20 * (betweenMissing + 100),
                "different Chinese words look different (" + betweenChinese + ") while missing glyphs all look alike ("
                        + betweenMissing + ")");
        assertTrue(chineseVsMissing > 20 * (betweenMissing + 100), "Chinese is not drawn as missing-glyph boxes");
    }
}
