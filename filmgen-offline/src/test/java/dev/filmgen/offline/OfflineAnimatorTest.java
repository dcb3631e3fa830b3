package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.compose.ffmpeg.testing.MediaInspector;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.VideoRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineAnimatorTest {
    @TempDir
    Path dir;

    /** A still with a gradient, a grid and a red bar at the exact centre. */
    private MediaAsset still(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x3060C0), w, h, new Color(0xF0E0A0)));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        for (int x = 0; x < w; x += w / 10) {
            g.fillRect(x, 0, 2, h);
        }
        for (int y = 0; y < h; y += h / 8) {
            g.fillRect(0, y, w, 2);
        }
        g.setColor(Color.RED);
        g.fillRect(w / 2 - w / 80, h / 2 - h / 4, w / 40, h / 2);
        g.setColor(Color.GREEN);
        g.fillRect(w / 2 - w / 4, h / 2 - h / 80, w / 2, h / 40);
        g.dispose();
        Path p = dir.resolve("still-" + w + "x" + h + ".png");
        ImageIO.write(img, "png", p.toFile());
        return MediaAsset.of(p.toUri(), "image/png").withSize(w, h);
    }

    private MediaAsset animate(MediaAsset still, String prompt, int seconds) {
        return new OfflineAnimator(dir.resolve("work")).generate(new VideoRequest("offline", still, prompt, "720P",
                seconds, 1L, null, "clip:1"));
    }

    @Test
    void aFiveSecondClipIsH264At30FpsAtTheStillsAspect() throws Exception {
        MediaAsset clip = animate(still(1920, 1080), "镜头缓缓推近，中景", 5);
        MediaInfo info = new FfmpegProbe().probe(Path.of(clip.uri()));
        MediaInfo.StreamInfo v = info.video().orElseThrow();
        assertEquals("h264", v.codec());
        assertEquals(5.0, info.durationSeconds(), 0.1);
        assertEquals(30.0, v.frameRate(), 0.01);
        assertEquals(1280, v.width());
        assertEquals(720, v.height());
        assertEquals(1280, clip.width());
        assertEquals(5.0, clip.durationSeconds(), 1e-9);
        assertEquals("video/mp4", clip.mediaType());
        assertTrue(info.audio().isEmpty());
    }

    @Test
    void aPortraitStillGivesAPortraitClip() throws Exception {
        MediaAsset clip = animate(still(360, 640), "static", 1);
        MediaInfo.StreamInfo v = new FfmpegProbe().probe(Path.of(clip.uri())).video().orElseThrow();
        assertEquals(360, v.width());
        assertEquals(640, v.height());
    }

    @ParameterizedTest
    @CsvSource({"Slow push in on the bottle,zoom", "镜头慢慢拉远,zoom", "Smooth pan left,left", "镜头从左向右摇（右摇）,right",
            "Slow tilt up,up", "下摇,down", "固定机位,none"})
    void theCameraMoveNamedInThePromptIsPlayed(String prompt, String expect) throws Exception {
        MediaAsset clip = animate(still(480, 270), prompt, 2);
        List<BufferedImage> f = MediaInspector.framesAt(Path.of(clip.uri()), 0.0, 1.95);
        double diff = Pictures.difference(f.get(0), f.get(1));
        if (expect.equals("none")) {
            assertTrue(diff < 1.5, "a static camera keeps the frame: " + diff);
            return;
        }
        assertTrue(diff > 4, prompt + ": first and last frames differ: " + diff);
        int[] a = redBar(f.get(0));
        int[] b = redBar(f.get(1));
        switch (expect) {
            case "left" -> assertTrue(b[0] > a[0] + 5, "pan left moves the subject right: " + a[0] + "→" + b[0]);
            case "right" -> assertTrue(b[0] < a[0] - 5, "pan right moves the subject left: " + a[0] + "→" + b[0]);
            case "up" -> assertTrue(b[1] > a[1] + 5, "tilt up moves the subject down: " + a[1] + "→" + b[1]);
            case "down" -> assertTrue(b[1] < a[1] - 5, "tilt down moves the subject up: " + a[1] + "→" + b[1]);
            default -> assertTrue(Math.abs(b[2] - a[2]) > a[2] * 0.08, "zoom changes the bar's size: " + a[2] + "→" + b[2]);
        }
    }

    @Test
    void aStillThatIsNotAPictureIsAClearError() throws Exception {
        Path bad = Files.writeString(dir.resolve("frame.png"), "not a picture");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> animate(MediaAsset.of(bad.toUri(), "image/png"), "push in", 1));
        assertTrue(e.getMessage().contains("frame.png"), e.getMessage());
    }

    /** Centre x, centre y and pixel count of the red bar. */
    private static int[] redBar(BufferedImage img) {
        long sx = 0;
        long sy = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) > 200 && ((rgb >> 8) & 255) < 80 && (rgb & 255) < 80) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "the red bar is visible");
        return new int[] {(int) (sx / n), (int) (sy / n), n};
    }
}
