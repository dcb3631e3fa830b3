package dev.filmgen.compose.ffmpeg.testing;

import dev.filmgen.compose.ffmpeg.internal.EncodeSettings;
import dev.filmgen.compose.ffmpeg.internal.Filters;
import dev.filmgen.compose.ffmpeg.internal.GraphRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test media made on the spot, in-process (no binary fixtures, no ffmpeg program): test-pattern and solid-colour
 * clips with or without a tone track, WAV tones, and corrupt files. Shared with other modules via the test-jar.
 */
public final class SyntheticMedia {
    private SyntheticMedia() {
    }

    /** An H.264 MP4 of FFmpeg's moving test pattern ({@code testsrc2}), with a 330 Hz tone track if asked. */
    public static Path clip(Path out, int width, int height, double fps, double seconds, boolean withAudio) {
        String video = "testsrc2=size=" + width + "x" + height + ":rate=" + Filters.num(fps) + ":duration="
                + Filters.num(seconds) + ",format=yuv420p[v]";
        return render(out, video, width, height, fps, seconds, withAudio, "libopenh264");
    }

    /** A clip of one flat colour ({@code #RRGGBB} or a name), handy for looking for drawn text. */
    public static Path solidClip(Path out, int width, int height, double fps, double seconds, String color) {
        String video = "color=c=" + Filters.value(color) + ":size=" + width + "x" + height + ":rate="
                + Filters.num(fps) + ":duration=" + Filters.num(seconds) + ",format=yuv420p[v]";
        return render(out, video, width, height, fps, seconds, false, "libopenh264");
    }

    /** Like {@link #clip} but MPEG-4 Part 2 video, to show the composer takes other codecs. */
    public static Path mpeg4Clip(Path out, int width, int height, double fps, double seconds) {
        String video = "testsrc2=size=" + width + "x" + height + ":rate=" + Filters.num(fps) + ":duration="
                + Filters.num(seconds) + ",format=yuv420p[v]";
        return render(out, video, width, height, fps, seconds, false, "mpeg4");
    }

    private static Path render(Path out, String video, int width, int height, double fps, double seconds,
                               boolean withAudio, String codec) {
        String graph = video + (withAudio ? ";sine=frequency=330:sample_rate=48000:duration=" + Filters.num(seconds)
                + ",aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[a]" : "");
        int[] rate = EncodeSettings.rational(fps);
        EncodeSettings settings = new EncodeSettings(width, height, rate[0], rate[1],
                EncodeSettings.bitrateFor(60, width, height, fps), codec, withAudio);
        GraphRenderer.render(graph, settings, out, "synthetic clip " + out);
        return out;
    }

    /** A 16-bit PCM WAV sine tone (amplitude 0.5) written in plain Java. */
    public static Path tone(Path out, double seconds, double frequency, int sampleRate, int channels) {
        return tone(out, seconds, frequency, sampleRate, channels, 0.5);
    }

    /** A 16-bit PCM WAV sine tone of a given peak amplitude (0..1). */
    public static Path tone(Path out, double seconds, double frequency, int sampleRate, int channels,
                            double amplitude) {
        int frames = (int) Math.round(seconds * sampleRate);
        ByteBuffer pcm = ByteBuffer.allocate(frames * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            short s = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * frequency * i / sampleRate));
            for (int c = 0; c < channels; c++) {
                pcm.putShort(s);
            }
        }
        return wav(out, pcm.array(), sampleRate, channels);
    }

    /** A WAV of silence. */
    public static Path silence(Path out, double seconds, int sampleRate) {
        return wav(out, new byte[(int) Math.round(seconds * sampleRate) * 2], sampleRate, 1);
    }

    private static Path wav(Path out, byte[] pcm, int sampleRate, int channels) {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes()).put("fmt ".getBytes())
                .putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16)
                .put("data".getBytes()).putInt(pcm.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(44 + pcm.length);
        bytes.writeBytes(h.array());
        bytes.writeBytes(pcm);
        try {
            Files.write(out, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A file with an MP4 name and random bytes: not media. */
    public static Path corrupt(Path out) {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        try {
            Files.write(out, junk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
