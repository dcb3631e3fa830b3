package dev.filmgen.compose.ffmpeg.internal;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import dev.filmgen.error.NonRetriableException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;

/**
 * Encodes yuv420p video frames (and optionally fltp stereo 48 kHz audio frames) into an MP4 with
 * {@code +faststart}. Frames carry pts in the encoder's time base: 1/fps for video, 1/48000 for audio.
 * Call {@link #finish()} to flush and write the trailer; {@link #close()} always frees native memory.
 */
public final class MediaEncoder implements AutoCloseable {
    private final Path file;
    private final long logMark;
    private AVFormatContext format;
    private AVCodecContext video;
    private AVCodecContext audio;
    private AVStream videoStream;
    private AVStream audioStream;
    private final AVPacket packet = av_packet_alloc();
    private boolean closed;
    private AVRational videoCodecBase;
    private AVRational videoStreamBase;
    private AVRational audioCodecBase;
    private AVRational audioStreamBase;

    private MediaEncoder(Path file) {
        this.file = file;
        this.logMark = FfmpegLog.mark();
    }

    /** Opens {@code file} (an MP4, overwritten) with the given settings. */
    public static MediaEncoder open(Path file, EncodeSettings settings) {
        FfmpegLog.install();
        MediaEncoder encoder = new MediaEncoder(file);
        try {
            encoder.start(settings);
            return encoder;
        } catch (RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    private void start(EncodeSettings s) {
        String target = file.toString();
        format = new AVFormatContext(null);
        check(avformat_alloc_output_context2(format, null, new BytePointer("mp4"), utf8(target)),
                "allocate the MP4 muxer");
        AVCodec videoCodec = avcodec_find_encoder_by_name(s.videoCodec());
        if (videoCodec == null) {
            throw new NonRetriableException("encoder " + s.videoCodec() + " is not in this FFmpeg build");
        }
        video = avcodec_alloc_context3(videoCodec);
        video.width(s.width()).height(s.height()).pix_fmt(AV_PIX_FMT_YUV420P);
        video.time_base(av_make_q(s.fpsDen(), s.fpsNum())).framerate(av_make_q(s.fpsNum(), s.fpsDen()));
        video.bit_rate(s.videoBitrate()).gop_size((int) Math.max(1, Math.round(s.fps() * 2))).max_b_frames(0);
        video.sample_aspect_ratio(av_make_q(1, 1));
        videoStream = addStream(video, videoCodec, "open the " + s.videoCodec() + " encoder");
        if (s.audio()) {
            AVCodec aac = avcodec_find_encoder(AV_CODEC_ID_AAC);
            audio = avcodec_alloc_context3(aac);
            audio.sample_fmt(AV_SAMPLE_FMT_FLTP).sample_rate(EncodeSettings.SAMPLE_RATE)
                    .bit_rate(EncodeSettings.AUDIO_BITRATE).time_base(av_make_q(1, EncodeSettings.SAMPLE_RATE));
            av_channel_layout_default(audio.ch_layout(), 2);
            audioStream = addStream(audio, aac, "open the AAC encoder");
        }
        AVIOContext io = new AVIOContext(null);
        check(avio_open(io, utf8(target), AVIO_FLAG_WRITE), "open the output file");
        format.pb(io);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "movflags", "+faststart", 0);
        int ret = avformat_write_header(format, options);
        av_dict_free(options);
        check(ret, "write the MP4 header");
        videoCodecBase = video.time_base();
        videoStreamBase = videoStream.time_base();
        if (audio != null) {
            audioCodecBase = audio.time_base();
            audioStreamBase = audioStream.time_base();
        }
    }

    private AVStream addStream(AVCodecContext ctx, AVCodec codec, String operation) {
        if ((format.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
            ctx.flags(ctx.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        check(avcodec_open2(ctx, codec, (AVDictionary) null), operation);
        AVStream stream = avformat_new_stream(format, null);
        check(avcodec_parameters_from_context(stream.codecpar(), ctx), operation);
        stream.time_base(ctx.time_base());
        return stream;
    }

    /** Samples per AAC frame the audio frames must carry (the last may be shorter). */
    public int audioFrameSize() {
        return audio == null ? 0 : audio.frame_size();
    }

    /** Encodes one video frame (pts in 1/fps). */
    public void writeVideo(AVFrame frame) {
        frame.pict_type(AV_PICTURE_TYPE_NONE);
        encode(video, videoStream, frame);
    }

    /** Encodes one audio frame (pts in 1/48000). */
    public void writeAudio(AVFrame frame) {
        encode(audio, audioStream, frame);
    }

    /** Flushes the encoders and writes the trailer (the moov atom moves to the front here). */
    public void finish() {
        encode(video, videoStream, null);
        if (audio != null) {
            encode(audio, audioStream, null);
        }
        check(av_write_trailer(format), "write the MP4 trailer");
    }

    private void encode(AVCodecContext ctx, AVStream stream, AVFrame frame) {
        check(avcodec_send_frame(ctx, frame), "encode a frame");
        while (true) {
            int ret = avcodec_receive_packet(ctx, packet);
            if (ret == Av.EAGAIN || Av.isEof(ret)) {
                return;
            }
            check(ret, "encode a frame");
            if (ctx == video && packet.duration() <= 0) {
                packet.duration(1);
            }
            if (ctx == video) {
                av_packet_rescale_ts(packet, videoCodecBase, videoStreamBase);
            } else {
                av_packet_rescale_ts(packet, audioCodecBase, audioStreamBase);
            }
            packet.stream_index(stream.index());
            check(av_interleaved_write_frame(format, packet), "write a packet");
        }
    }

    /** The encoder time base of the video stream. */
    public AVRational videoTimeBase() {
        return video.time_base();
    }

    private static BytePointer utf8(String s) {
        return new BytePointer(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void check(int code, String operation) {
        if (code < 0) {
            Av.check(code, operation, file.toString(), logMark);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        av_packet_free(packet);
        if (video != null) {
            avcodec_free_context(video);
            video = null;
        }
        if (audio != null) {
            avcodec_free_context(audio);
            audio = null;
        }
        if (format != null) {
            if (format.pb() != null && !format.pb().isNull()) {
                avio_closep(format.pb());
            }
            avformat_free_context(format);
            format = null;
        }
    }
}
