package dev.filmgen.compose.ffmpeg.testing;

import static org.bytedeco.ffmpeg.global.avutil.*;

import dev.filmgen.compose.ffmpeg.internal.FilterGraph;
import dev.filmgen.compose.ffmpeg.internal.Filters;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;

/** Decodes what a test wrote: frames at given times as images, and the audio as mono samples. */
public final class MediaInspector {
    private MediaInspector() {
    }

    /** The decoded frames shown at each of {@code times} (seconds, ascending). */
    public static List<BufferedImage> framesAt(Path video, double... times) {
        List<BufferedImage> images = new ArrayList<>();
        double[] wanted = times.clone();
        Arrays.sort(wanted);
        try (FilterGraph graph = FilterGraph.open("movie=" + Filters.value(video.toString()) + ",format=rgb24[v]",
                "inspect " + video)) {
            AVRational base = graph.timeBase("v");
            AVFrame frame = av_frame_alloc();
            BufferedImage previous = null;
            int next = 0;
            while (next < wanted.length && graph.pull("v", frame, "inspect " + video)) {
                double t = frame.pts() * av_q2d(base);
                BufferedImage image = toImage(frame);
                av_frame_unref(frame);
                while (next < wanted.length && t > wanted[next] + 1e-6) {
                    images.add(previous == null ? image : previous);
                    next++;
                }
                previous = image;
            }
            while (next++ < wanted.length) {
                images.add(previous);
            }
            av_frame_free(frame);
        }
        return images;
    }

    static BufferedImage toImage(AVFrame frame) {
        int w = frame.width();
        int h = frame.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        BytePointer data = frame.data(0);
        int stride = frame.linesize(0);
        byte[] row = new byte[w * 3];
        for (int y = 0; y < h; y++) {
            data.position((long) y * stride).get(row);
            for (int x = 0; x < w; x++) {
                int r = row[3 * x] & 0xff;
                int g = row[3 * x + 1] & 0xff;
                int b = row[3 * x + 2] & 0xff;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    /** The audio track mixed to mono at {@code sampleRate}. */
    public static float[] monoSamples(Path media, int sampleRate) {
        FloatBuffer all = FloatBuffer.allocate(sampleRate * 600);
        try (FilterGraph graph = FilterGraph.open("amovie=" + Filters.value(media.toString())
                + ",aformat=sample_fmts=flt:sample_rates=" + sampleRate + ":channel_layouts=mono[a]",
                "inspect " + media)) {
            AVFrame frame = av_frame_alloc();
            while (graph.pull("a", frame, "inspect " + media)) {
                float[] chunk = new float[frame.nb_samples()];
                new org.bytedeco.javacpp.FloatPointer(frame.data(0)).get(chunk);
                all.put(chunk, 0, Math.min(chunk.length, all.remaining()));
                av_frame_unref(frame);
            }
            av_frame_free(frame);
        }
        return Arrays.copyOf(all.array(), all.position());
    }

    /** Root-mean-square level of samples [from, to) seconds. */
    public static double rms(float[] samples, int sampleRate, double from, double to) {
        int a = (int) (from * sampleRate);
        int b = Math.min(samples.length, (int) (to * sampleRate));
        double sum = 0;
        for (int i = a; i < b; i++) {
            sum += samples[i] * samples[i];
        }
        return b > a ? Math.sqrt(sum / (b - a)) : 0;
    }

    /** Amplitude of one frequency in samples [from, to) seconds (Goertzel), about 0.5 for a 0.5 sine. */
    public static double toneLevel(float[] samples, int sampleRate, double from, double to, double frequency) {
        int a = (int) (from * sampleRate);
        int b = Math.min(samples.length, (int) (to * sampleRate));
        double w = 2 * Math.PI * frequency / sampleRate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = a; i < b; i++) {
            double s = samples[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return b > a ? 2 * Math.sqrt(Math.max(0, power)) / (b - a) : 0;
    }
}
