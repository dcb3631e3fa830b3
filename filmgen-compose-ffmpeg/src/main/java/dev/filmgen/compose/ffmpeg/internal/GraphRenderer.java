package dev.filmgen.compose.ffmpeg.internal;

import static org.bytedeco.ffmpeg.global.avutil.*;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * Pumps filtered frames straight into the encoder: a video source (yuv420p at the output size and rate) and an
 * optional audio source (fltp stereo 48 kHz, 1024-sample frames), pulled in timestamp order. Video frames are numbered
 * in order (sources deliver constant-rate frames; numbering closes any rounding gap where segments join). This is the
 * decode → filter → encode pass of everything the module writes; nothing is encoded twice.
 */
public final class GraphRenderer {
    /** Label of a graph's video output. */
    public static final String VIDEO = "v";
    /** Label of a graph's audio output. */
    public static final String AUDIO = "a";

    private GraphRenderer() {
    }

    /** Renders one graph with outputs {@code [v]} and optionally {@code [a]} to {@code file}. */
    public static void render(String description, EncodeSettings settings, Path file, String subject) {
        try (FilterGraph graph = FilterGraph.open(description, subject)) {
            boolean withAudio = settings.audio() && graph.has(AUDIO);
            FrameSource video = FrameSource.borrowing(graph, VIDEO, subject);
            FrameSource audio = withAudio ? FrameSource.borrowing(graph, AUDIO, subject) : null;
            render(video, audio, withAudio ? graph : null, settings, file, false);
        }
    }

    /**
     * Renders {@code video} and {@code audio} (may be null) to {@code file}; {@code audioGraph} is the graph whose
     * {@code [a]} sink {@code audio} reads (its frame size is set to the encoder's). With {@code pipelined}, each
     * source is read ahead on its own thread (the sources must not share a graph); the sources are closed here.
     */
    public static void render(FrameSource video, FrameSource audio, FilterGraph audioGraph, EncodeSettings settings,
                              Path file, boolean pipelined) {
        MediaEncoder encoder;
        try {
            encoder = MediaEncoder.open(file, settings);
        } catch (RuntimeException e) {
            video.close();
            if (audio != null) {
                audio.close();
            }
            throw e;
        }
        try (encoder) {
            if (audio != null) {
                audioGraph.audioFrameSize(AUDIO, encoder.audioFrameSize());
            }
            try (FrameSource v = pipelined ? new PrefetchSource(video, 4, "filmgen-video") : video;
                 FrameSource a = audio == null ? null
                         : pipelined ? new PrefetchSource(audio, 16, "filmgen-audio") : audio) {
                pump(v, a, encoder);
            }
            encoder.finish();
        }
    }

    private static void pump(FrameSource video, FrameSource audio, MediaEncoder encoder) {
        AVRational encoderBase = encoder.videoTimeBase();
        AVFrame frame = av_frame_alloc();
        try {
            boolean videoDone = false;
            boolean audioDone = audio == null;
            double videoAt = 0;
            double audioAt = 0;
            long nextVideoPts = 0;
            long nextAudioPts = 0;
            while (!videoDone || !audioDone) {
                boolean takeVideo = audioDone || (!videoDone && videoAt <= audioAt);
                if (takeVideo) {
                    if (!video.next(frame)) {
                        videoDone = true;
                        continue;
                    }
                    frame.pts(nextVideoPts++);
                    videoAt = nextVideoPts * av_q2d(encoderBase);
                    encoder.writeVideo(frame);
                } else {
                    if (!audio.next(frame)) {
                        audioDone = true;
                        continue;
                    }
                    frame.pts(nextAudioPts);
                    nextAudioPts += frame.nb_samples();
                    audioAt = nextAudioPts / (double) EncodeSettings.SAMPLE_RATE;
                    encoder.writeAudio(frame);
                }
                av_frame_unref(frame);
            }
        } finally {
            av_frame_free(frame);
        }
    }
}
