package dev.filmgen.dashscope;

import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The media the stand-in Bailian serves as results: a 480x270 PNG, a two-second H.264 clip, a 1.5 s WAV.
 *
 * @param png the picture every picture task returns
 * @param mp4 the clip every clip task returns
 * @param wav the voice every speech call returns
 */
public record FakeBailianMedia(byte[] png, byte[] mp4, byte[] wav) {

    /** Makes the three files in {@code dir}. */
    public static FakeBailianMedia make(Path dir) {
        try {
            BufferedImage img = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setPaint(new GradientPaint(0, 0, Color.RED, 480, 270, Color.ORANGE));
            g.fillRect(0, 0, 480, 270);
            g.dispose();
            Path frame = dir.resolve("frame.png");
            ImageIO.write(img, "png", frame.toFile());
            return new FakeBailianMedia(Files.readAllBytes(frame),
                    Files.readAllBytes(SyntheticMedia.clip(dir.resolve("clip.mp4"), 480, 270, 12, 2.0, false)),
                    Files.readAllBytes(SyntheticMedia.tone(dir.resolve("voice.wav"), 1.5, 440, 24000, 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
