package dev.filmgen.compose.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.*;
import static org.bytedeco.ffmpeg.global.swscale.*;

import dev.filmgen.compose.ffmpeg.internal.EncodeSettings;
import dev.filmgen.compose.ffmpeg.internal.Files2;
import dev.filmgen.compose.ffmpeg.internal.MediaEncoder;
import dev.filmgen.error.InvalidInputException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;

/**
 * Encodes {@link BufferedImage} frames into an H.264 (OpenH264, yuv420p) MP4 with {@code +faststart}, in-process.
 * Frames must have the writer's size. The file appears at {@code output} only when {@link #close()} finishes it.
 * Not thread-safe; one writer per clip.
 *
 * <pre>{@code
 * try (ClipWriter clip = ClipWriter.builder().output(path).width(1280).height(720).fps(25).build()) {
 *     for (BufferedImage frame : frames) clip.write(frame);
 * }
 * }</pre>
 */
public final class ClipWriter implements AutoCloseable {
    private final Path output;
    private final EncodeSettings settings;
    private Path temp;
    private MediaEncoder encoder;
    private AVFrame rgb;
    private AVFrame yuv;
    private SwsContext sws;
    private int[] row;
    private long frames;
    private boolean closed;

    private ClipWriter(Builder b) {
        this.output = b.output;
        int[] rate = EncodeSettings.rational(b.fps);
        this.settings = new EncodeSettings(b.width, b.height, rate[0], rate[1],
                EncodeSettings.bitrateFor(b.quality, b.width, b.height, b.fps), "libopenh264", false);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Appends one frame (any image type; converted when it is not {@code TYPE_INT_RGB}). */
    public void write(BufferedImage image) {
        if (closed) {
            throw new IllegalStateException("clip writer for " + output + " is closed");
        }
        if (image.getWidth() != settings.width() || image.getHeight() != settings.height()) {
            throw new InvalidInputException("frame " + frames + " for " + output + " is " + image.getWidth() + "x"
                    + image.getHeight() + ", expected " + settings.width() + "x" + settings.height());
        }
        if (encoder == null) {
            start();
        }
        int[] pixels = pixels(image);
        int w = settings.width();
        av_frame_make_writable(rgb);
        IntPointer dst = new IntPointer(rgb.data(0));
        int stride = rgb.linesize(0) / 4;
        for (int y = 0; y < settings.height(); y++) {
            System.arraycopy(pixels, y * w, row, 0, w);
            dst.position((long) y * stride).put(row, 0, w);
        }
        av_frame_make_writable(yuv);
        sws_scale(sws, rgb.data(), rgb.linesize(), 0, settings.height(), yuv.data(), yuv.linesize());
        yuv.pts(frames++);
        encoder.writeVideo(yuv);
    }

    /** Frames written so far. */
    public long frameCount() {
        return frames;
    }

    /** Length of what has been written, in seconds. */
    public double durationSeconds() {
        return frames / settings.fps();
    }

    private static int[] pixels(BufferedImage image) {
        BufferedImage rgbImage = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB || image.getRaster().getParent() != null) {
            rgbImage = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgbImage.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        return ((DataBufferInt) rgbImage.getRaster().getDataBuffer()).getData();
    }

    private void start() {
        temp = Files2.tempBeside(output);
        encoder = MediaEncoder.open(temp, settings);
        rgb = frame(AV_PIX_FMT_BGR0);
        yuv = frame(AV_PIX_FMT_YUV420P);
        row = new int[settings.width()];
        sws = sws_getContext(settings.width(), settings.height(), AV_PIX_FMT_BGR0, settings.width(),
                settings.height(), AV_PIX_FMT_YUV420P, SWS_BILINEAR, null, null, (DoublePointer) null);
    }

    private AVFrame frame(int pixelFormat) {
        AVFrame f = av_frame_alloc();
        f.format(pixelFormat).width(settings.width()).height(settings.height());
        av_frame_get_buffer(f, 32);
        return f;
    }

    /** Finishes the MP4 and moves it to {@code output}; throws if no frame was written. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (encoder == null) {
                throw new InvalidInputException("clip " + output + " has no frames");
            }
            encoder.finish();
            encoder.close();
            Files2.moveIntoPlace(temp, output);
        } finally {
            release();
        }
    }

    private void release() {
        if (encoder != null) {
            encoder.close();
        }
        if (rgb != null) {
            av_frame_free(rgb);
            av_frame_free(yuv);
            sws_freeContext(sws);
        }
        Files2.deleteQuietly(temp);
    }

    /** Builder for {@link ClipWriter}; {@code build()} validates but touches no file. */
    public static final class Builder {
        private Path output;
        private int width;
        private int height;
        private double fps = 25;
        private int quality = 70;

        private Builder() {
        }

        /** Where the MP4 goes (replaced once complete). */
        public Builder output(Path output) {
            this.output = output;
            return this;
        }

        /** Frame width in pixels (even). */
        public Builder width(int width) {
            this.width = width;
            return this;
        }

        /** Frame height in pixels (even). */
        public Builder height(int height) {
            this.height = height;
            return this;
        }

        /** Frames per second (default 25). */
        public Builder fps(double fps) {
            this.fps = fps;
            return this;
        }

        /** Quality 0..100 (default 70), mapped to a bit rate for the size and rate. */
        public Builder quality(int quality) {
            this.quality = quality;
            return this;
        }

        public ClipWriter build() {
            Objects.requireNonNull(output, "output");
            if (width < 16 || width % 2 != 0) {
                throw new IllegalArgumentException("width must be even and at least 16: " + width);
            }
            if (height < 16 || height % 2 != 0) {
                throw new IllegalArgumentException("height must be even and at least 16: " + height);
            }
            if (!(fps > 0 && fps <= 240)) {
                throw new IllegalArgumentException("fps must be in (0, 240]: " + fps);
            }
            if (quality < 0 || quality > 100) {
                throw new IllegalArgumentException("quality must be 0..100: " + quality);
            }
            return new ClipWriter(this);
        }
    }
}
