package dev.filmgen.compose.ffmpeg.internal;

import static org.bytedeco.ffmpeg.global.avutil.*;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Measures a sound file's integrated loudness (EBU R128, the {@code ebur128} filter) so the film can apply one fixed
 * gain per narration and for the music: two-pass normalisation without {@code loudnorm}'s pumping and its ~100 MB of
 * buffers.
 */
public final class Loudness {
    /** Target for narration, LUFS. */
    public static final double VOICE_TARGET = -16;
    /** Target for background music, LUFS. */
    public static final double MUSIC_TARGET = -24;
    private static final double MAX_GAIN = 24;

    private Loudness() {
    }

    /** Integrated loudness of {@code file} in LUFS, or {@code -70} for silence; {@code what} names it in errors. */
    public static double integrated(Path file, String what) {
        String graph = "amovie=" + Filters.value(file.toString()) + ",ebur128=metadata=1[a]";
        double lufs = -70;
        AVFrame frame = av_frame_alloc();
        try (FilterGraph g = FilterGraph.open(graph, what)) {
            while (g.pull("a", frame, what)) {
                AVDictionaryEntry e = av_dict_get(frame.metadata(), "lavfi.r128.I", null, 0);
                if (e != null && !e.isNull()) {
                    lufs = parse(e.value().getString(), lufs);
                }
                av_frame_unref(frame);
            }
        } finally {
            av_frame_free(frame);
        }
        return lufs;
    }

    /** The gain in dB taking {@code lufs} to {@code target}, bounded to ±24 dB; 0 for silence. */
    public static double gainDb(double lufs, double target) {
        if (!(lufs > -69)) {
            return 0;
        }
        return Math.max(-MAX_GAIN, Math.min(MAX_GAIN, target - lufs));
    }

    private static double parse(String value, double fallback) {
        try {
            double v = Double.parseDouble(value.trim());
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
