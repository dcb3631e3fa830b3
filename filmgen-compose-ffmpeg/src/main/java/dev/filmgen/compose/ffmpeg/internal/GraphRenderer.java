package dev.filmgen.compose.ffmpeg.internal;

import static org.bytedeco.ffmpeg.global.avutil.*;

import java.nio.file.Path;
import java.util.function.DoubleFunction;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * Runs one filter graph straight into the encoder: its {@code [v]} output (yuv420p at the output size and rate)
 * and, when present, its {@code [a]} output (fltp stereo 48 kHz) are pulled in timestamp order and encoded to an
 * MP4. Video frames are numbered in order (the graph delivers constant-rate frames; numbering them closes any
 * rounding gap between joined segments). This is the single decode → filter → encode pass of everything the module writes.
 */
public final class GraphRenderer {
    /** Label of the video output. */
    public static final String VIDEO = "v";
    /** Label of the audio output. */
    public static final String AUDIO = "a";

    private GraphRenderer() {
    }

    /**
     * Renders {@code description} to {@code file}. {@code subject} names the whole job; {@code where} turns an output time (seconds) into a
     * description of what was being made then (for example the board), named in errors.
     */
    public static void render(String description, EncodeSettings settings, Path file, String subject,
                              DoubleFunction<String> where) {
        try (FilterGraph graph = FilterGraph.open(description, subject);
             MediaEncoder encoder = MediaEncoder.open(file, settings)) {
            boolean withAudio = settings.audio() && graph.has(AUDIO);
            if (withAudio) {
                graph.audioFrameSize(AUDIO, encoder.audioFrameSize());
            }
            pump(graph, encoder, withAudio, where);
            encoder.finish();
        }
    }

    private static void pump(FilterGraph graph, MediaEncoder encoder, boolean withAudio,
                             DoubleFunction<String> where) {
        AVRational encoderBase = encoder.videoTimeBase();
        AVRational audioBase = withAudio ? graph.timeBase(AUDIO) : null;
        AVRational sampleBase = av_make_q(1, EncodeSettings.SAMPLE_RATE);
        AVFrame frame = av_frame_alloc();
        try {
            boolean videoDone = false;
            boolean audioDone = !withAudio;
            double videoAt = 0;
            double audioAt = 0;
            long nextVideoPts = 0;
            long nextAudioPts = 0;
            while (!videoDone || !audioDone) {
                boolean takeVideo = audioDone || (!videoDone && videoAt <= audioAt);
                if (takeVideo) {
                    if (!graph.pull(VIDEO, frame, where.apply(videoAt))) {
                        videoDone = true;
                        continue;
                    }
                    long pts = nextVideoPts;
                    frame.pts(pts);
                    nextVideoPts = pts + 1;
                    videoAt = pts * av_q2d(encoderBase);
                    encoder.writeVideo(frame);
                } else {
                    if (!graph.pull(AUDIO, frame, where.apply(audioAt))) {
                        audioDone = true;
                        continue;
                    }
                    long pts = frame.pts() == AV_NOPTS_VALUE ? nextAudioPts
                            : av_rescale_q(frame.pts(), audioBase, sampleBase);
                    pts = Math.max(pts, nextAudioPts);
                    frame.pts(pts);
                    nextAudioPts = pts + frame.nb_samples();
                    audioAt = pts / (double) EncodeSettings.SAMPLE_RATE;
                    encoder.writeAudio(frame);
                }
                av_frame_unref(frame);
            }
        } finally {
            av_frame_free(frame);
        }
    }
}
