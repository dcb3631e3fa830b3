package dev.filmgen.compose.ffmpeg.internal;

import static org.bytedeco.ffmpeg.global.avfilter.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.util.List;
import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * The film's picture as a sequence of segments (boards, then the card), each its own small filter graph opened only
 * when its turn comes and closed when it is done, so memory does not grow with the number of boards. Consecutive
 * segments either cut, or overlap by a number of frames blended by an {@code xfade} graph fed from both.
 */
public final class SegmentedVideo implements FrameSource {
    /**
     * One segment.
     *
     * @param graph filter graph text with one output {@code [v]}
     * @param frames how many frames it yields
     * @param overlap frames shared with the next segment (cross-fade), 0 for a cut
     * @param label what it is, for errors
     */
    public record Segment(String graph, long frames, long overlap, String label) {
    }

    private final List<Segment> segments;
    private final EncodeSettings settings;
    private int index = -1;
    private FrameSource current;
    private long taken;
    private FilterGraph blend;
    private FrameSource incoming;
    private long blended;
    private final AVFrame a = av_frame_alloc();
    private final AVFrame b = av_frame_alloc();

    /** Segments in order, at {@code settings}' size and rate. */
    public SegmentedVideo(List<Segment> segments, EncodeSettings settings) {
        this.segments = List.copyOf(segments);
        this.settings = settings;
    }

    @Override
    public boolean next(AVFrame frame) {
        while (true) {
            if (blend != null) {
                if (blendNext(frame)) {
                    return true;
                }
                continue;
            }
            if (current == null) {
                if (index + 1 >= segments.size()) {
                    return false;
                }
                index++;
                current = open(index);
                taken = 0;
            }
            Segment seg = segments.get(index);
            if (seg.overlap() > 0 && taken >= seg.frames() - seg.overlap() && index + 1 < segments.size()) {
                startBlend(seg);
                continue;
            }
            if (current.next(frame)) {
                taken++;
                return true;
            }
            current.close();
            current = null;
        }
    }

    private FrameSource open(int i) {
        Segment seg = segments.get(i);
        return FrameSource.of(FilterGraph.open(seg.graph(), seg.label()), GraphRenderer.VIDEO, seg.label());
    }

    private void startBlend(Segment seg) {
        Segment next = segments.get(index + 1);
        String src = "buffer=video_size=" + settings.width() + "x" + settings.height() + ":pix_fmt="
                + AV_PIX_FMT_YUV420P + ":time_base=" + settings.fpsDen() + "/" + settings.fpsNum()
                + ":pixel_aspect=1/1:frame_rate=" + settings.fpsNum() + "/" + settings.fpsDen();
        double seconds = seg.overlap() * (double) settings.fpsDen() / settings.fpsNum();
        blend = FilterGraph.open(src + "[from];" + src + "[to];[from][to]xfade=transition=fade:duration="
                + Filters.num(seconds) + ":offset=0,format=yuv420p[v]", "cross-fade into " + next.label());
        incoming = open(index + 1);
        blended = 0;
    }

    private boolean blendNext(AVFrame frame) {
        Segment seg = segments.get(index);
        String where = "cross-fade into " + segments.get(index + 1).label();
        while (true) {
            int status = blend.poll(GraphRenderer.VIDEO, frame, where);
            if (status > 0) {
                return true;
            }
            if (status == 0 && blended < seg.overlap()) {
                boolean haveA = current.next(a);
                boolean haveB = incoming.next(b);
                push(0, haveA ? a : null);
                push(1, haveB ? b : null);
                blended++;
                if (!haveA || !haveB) {
                    blended = seg.overlap();
                }
                if (blended == seg.overlap()) {
                    push(0, null);
                    push(1, null);
                }
                continue;
            }
            blend.close();
            blend = null;
            current.close();
            current = incoming;
            incoming = null;
            index++;
            taken = seg.overlap();
            return false;
        }
    }

    private void push(int input, AVFrame frame) {
        AVFilterContext src = blend.source(input);
        if (frame != null) {
            frame.pts(blended);
        }
        int ret = av_buffersrc_add_frame(src, frame);
        if (frame != null) {
            av_frame_unref(frame);
        }
        if (ret < 0 && !Av.isEof(ret)) {
            throw Av.failure("cross-fade", segments.get(index).label(), ret, blend.logMark());
        }
    }

    @Override
    public String where() {
        return index < 0 ? segments.get(0).label() : segments.get(Math.min(index, segments.size() - 1)).label();
    }

    @Override
    public void close() {
        if (blend != null) {
            blend.close();
        }
        if (incoming != null) {
            incoming.close();
        }
        if (current != null) {
            current.close();
        }
        av_frame_free(a);
        av_frame_free(b);
    }
}
