package dev.filmgen.compose.ffmpeg;

import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.compose.ffmpeg.internal.Av;
import dev.filmgen.compose.ffmpeg.internal.FfmpegLog;
import dev.filmgen.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;

/**
 * A {@link MediaProbe} on libavformat, in-process: duration, size, container, and per stream the codec,
 * frame size, frame rate, pixel format, sample rate and channels. Thread-safe and stateless.
 */
public final class FfmpegProbe implements MediaProbe {

    @Override
    public MediaInfo probe(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new InvalidInputException("cannot probe " + file + ": no such file");
        }
        FfmpegLog.install();
        long mark = FfmpegLog.mark();
        AVFormatContext ctx = new AVFormatContext(null);
        String subject = file.toString();
        Av.check(avformat_open_input(ctx, new BytePointer(subject, java.nio.charset.StandardCharsets.UTF_8), null,
                (org.bytedeco.ffmpeg.avutil.AVDictionary) null), "probe (open)", subject, mark);
        try {
            Av.check(avformat_find_stream_info(ctx, (org.bytedeco.javacpp.PointerPointer<?>) null),
                    "probe (read stream info)", subject, mark);
            List<MediaInfo.StreamInfo> streams = new ArrayList<>();
            double container = ctx.duration() == AV_NOPTS_VALUE ? 0 : ctx.duration() / (double) AV_TIME_BASE;
            for (int i = 0; i < ctx.nb_streams(); i++) {
                streams.add(stream(ctx.streams(i), container));
            }
            if (streams.isEmpty()) {
                throw new InvalidInputException("cannot probe " + subject + ": it has no audio or video stream");
            }
            String formatName = ctx.iformat().name().getString();
            return new MediaInfo(container, size(file), formatName, streams);
        } finally {
            avformat_close_input(ctx);
        }
    }

    private static MediaInfo.StreamInfo stream(AVStream st, double container) {
        AVCodecParameters par = st.codecpar();
        int type = par.codec_type();
        BytePointer typeName = av_get_media_type_string(type);
        String kind = typeName == null ? "unknown" : typeName.getString();
        String codec = org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name(par.codec_id()).getString();
        double duration = st.duration() == AV_NOPTS_VALUE ? container : st.duration() * av_q2d(st.time_base());
        if (type == AVMEDIA_TYPE_VIDEO) {
            AVRational rate = st.avg_frame_rate().num() > 0 ? st.avg_frame_rate() : st.r_frame_rate();
            double fps = rate.den() == 0 ? 0 : av_q2d(rate);
            BytePointer pix = par.format() < 0 ? null : av_get_pix_fmt_name(par.format());
            return new MediaInfo.StreamInfo(st.index(), kind, codec, duration, par.width(), par.height(), fps,
                    pix == null ? null : pix.getString(), 0, 0);
        }
        if (type == AVMEDIA_TYPE_AUDIO) {
            return new MediaInfo.StreamInfo(st.index(), kind, codec, duration, 0, 0, 0, null, par.sample_rate(),
                    par.ch_layout().nb_channels());
        }
        return new MediaInfo.StreamInfo(st.index(), kind, codec, duration, 0, 0, 0, null, 0, 0);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
