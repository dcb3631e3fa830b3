package dev.filmgen.examples.service;

import dev.filmgen.compose.ffmpeg.ClipWriter;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.VideoModel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** Image, clip and voice models that make small real media files (PNG, H.264 MP4, WAV) and count their calls. */
final class TinyMediaModels {
    static final int W = 320;
    static final int H = 180;
    final AtomicInteger images = new AtomicInteger();
    final AtomicInteger clips = new AtomicInteger();
    final AtomicInteger voices = new AtomicInteger();
    private final Path dir;

    TinyMediaModels(Path dir) {
        this.dir = dir;
    }

    private Path file(String ext) {
        return dir.resolve(UUID.randomUUID() + "." + ext);
    }

    private static BufferedImage frame(int seed, int step) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB((seed % 360) / 360f, 0.5f, 0.8f)));
        g.fillRect(0, 0, W, H);
        g.setColor(Color.WHITE);
        g.fillRect((step * 8) % W, H / 3, 40, H / 3);
        g.dispose();
        return img;
    }

    ImageModel image() {
        return (req, journal) -> {
            images.incrementAndGet();
            try {
                Path out = file("png");
                ImageIO.write(frame(req.prompt().hashCode() & 0xffff, 0), "png", out.toFile());
                return MediaAsset.of(out.toUri(), "image/png").withSize(W, H);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    VideoModel video() {
        return (req, journal) -> {
            clips.incrementAndGet();
            Path out = file("mp4");
            try (ClipWriter w = ClipWriter.builder().output(out).width(W).height(H).fps(12).build()) {
                for (int i = 0; i < 24; i++) {
                    w.write(frame(req.prompt().hashCode() & 0xffff, i));
                }
            }
            return MediaAsset.of(out.toUri(), "video/mp4").withDuration(2.0).withSize(W, H);
        };
    }

    SpeechModel speech() {
        return req -> {
            voices.incrementAndGet();
            Path out = file("wav");
            try {
                Files.write(out, wav(1.2, 16000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return MediaAsset.of(out.toUri(), "audio/wav").withDuration(1.2);
        };
    }

    /** A mono 16-bit PCM WAV of a 440 Hz tone. */
    static byte[] wav(double seconds, int rate) {
        int n = (int) (seconds * rate);
        ByteBuffer b = ByteBuffer.allocate(44 + n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + n * 2).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(n * 2);
        for (int i = 0; i < n; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b.array(), 0, b.capacity());
        return out.toByteArray();
    }
}
