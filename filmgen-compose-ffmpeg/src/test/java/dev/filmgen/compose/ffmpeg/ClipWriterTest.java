package dev.filmgen.compose.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.testing.MediaInspector;
import dev.filmgen.error.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesFramesAsAnH264ClipOfTheRightLengthAndColours() throws Exception {
        Path out = dir.resolve("clip.mp4");
        try (ClipWriter clip = ClipWriter.builder().output(out).width(160).height(96).fps(20).build()) {
            for (int i = 0; i < 40; i++) {
                BufferedImage frame = new BufferedImage(160, 96, i < 20 ? BufferedImage.TYPE_INT_RGB
                        : BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = frame.createGraphics();
                g.setColor(i < 20 ? Color.RED : Color.BLUE);
                g.fillRect(0, 0, 160, 96);
                g.dispose();
                clip.write(frame);
            }
            assertEquals(2.0, clip.durationSeconds(), 1e-9);
            assertFalse(Files.exists(out), "the clip appears only once finished");
        }
        MediaInfo info = new FfmpegProbe().probe(out);
        assertEquals(2.0, info.durationSeconds(), 0.1);
        assertEquals("h264", info.video().orElseThrow().codec());
        assertEquals(160, info.video().orElseThrow().width());
        assertEquals(20.0, info.video().orElseThrow().frameRate(), 0.01);
        List<BufferedImage> frames = MediaInspector.framesAt(out, 0.5, 1.5);
        Color early = new Color(frames.get(0).getRGB(80, 48));
        Color late = new Color(frames.get(1).getRGB(80, 48));
        assertTrue(early.getRed() > 200 && early.getBlue() < 60, early.toString());
        assertTrue(late.getBlue() > 200 && late.getRed() < 60, late.toString());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void rejectsAFrameOfTheWrongSize() {
        Path out = dir.resolve("bad.mp4");
        ClipWriter clip = ClipWriter.builder().output(out).width(64).height(64).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> clip.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB)));
        assertTrue(e.getMessage().contains("32x32"), e.getMessage());
    }

    @Test
    void builderNamesTheBadField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClipWriter.builder().output(dir.resolve("x.mp4")).width(63).height(64).build());
        assertTrue(e.getMessage().startsWith("width"), e.getMessage());
    }
}
