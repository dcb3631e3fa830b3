package dev.filmgen.compose.ffmpeg.internal;

import static org.bytedeco.ffmpeg.global.avfilter.*;

import dev.filmgen.error.NonRetriableException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avfilter.AVFilterGraph;
import org.bytedeco.ffmpeg.avfilter.AVFilterInOut;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * A self-contained avfilter graph (its sources are filters such as {@code movie}, {@code amovie},
 * {@code testsrc2}, {@code sine}) whose open output labels each end in a buffersink. Pull frames with
 * {@link #pull(String, AVFrame, String)}.
 */
public final class FilterGraph implements AutoCloseable {
    private final AVFilterGraph graph;
    private final Map<String, AVFilterContext> sinks = new LinkedHashMap<>();
    private final String subject;
    private final long logMark;

    private FilterGraph(AVFilterGraph graph, String subject, long logMark) {
        this.graph = graph;
        this.subject = subject;
        this.logMark = logMark;
    }

    /**
     * Parses and configures {@code description}; every unconnected output label gets a sink of that name.
     * {@code subject} names what the graph makes, for errors.
     */
    public static FilterGraph open(String description, String subject) {
        FfmpegLog.install();
        long mark = FfmpegLog.mark();
        FilterGraph fg = new FilterGraph(avfilter_graph_alloc(), subject, mark);
        try {
            fg.build(description);
            return fg;
        } catch (RuntimeException e) {
            fg.close();
            throw e;
        }
    }

    private void build(String description) {
        AVFilterInOut inputs = new AVFilterInOut(null);
        AVFilterInOut outputs = new AVFilterInOut(null);
        try {
            Av.check(avfilter_graph_parse2(graph, new org.bytedeco.javacpp.BytePointer(description,
                    java.nio.charset.StandardCharsets.UTF_8), inputs, outputs), "build the filter graph", subject,
                    logMark);
            if (inputs != null && !inputs.isNull()) {
                throw new NonRetriableException("filter graph for " + subject + " has an unconnected input "
                        + inputs.name().getString());
            }
            for (AVFilterInOut out = outputs; out != null && !out.isNull(); out = out.next()) {
                String label = out.name() == null ? "out" + sinks.size() : out.name().getString();
                boolean audio = avfilter_pad_get_type(out.filter_ctx().output_pads(), out.pad_idx())
                        == org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
                AVFilterContext sink = new AVFilterContext(null);
                Av.check(avfilter_graph_create_filter(sink, avfilter_get_by_name(audio ? "abuffersink" : "buffersink"),
                        "sink_" + label, null, null, graph), "create a sink", subject, logMark);
                Av.check(avfilter_link(out.filter_ctx(), out.pad_idx(), sink, 0), "link a sink", subject, logMark);
                sinks.put(label, sink);
            }
        } finally {
            avfilter_inout_free(inputs);
            avfilter_inout_free(outputs);
        }
        Av.check(avfilter_graph_config(graph, null), "configure the filter graph", subject, logMark);
    }

    /** Sets the number of samples per frame an audio sink returns (for AAC's 1024). */
    public void audioFrameSize(String label, int samples) {
        av_buffersink_set_frame_size(sink(label), samples);
    }

    /** The time base of the frames a sink returns. */
    public AVRational timeBase(String label) {
        return av_buffersink_get_time_base(sink(label));
    }

    /**
     * Pulls the next frame of {@code label} into {@code frame}. Returns false at the end of the stream; throws
     * (naming {@code where}) on an error.
     */
    public boolean pull(String label, AVFrame frame, String where) {
        while (true) {
            int status = poll(label, frame, where);
            if (status != 0) {
                return status > 0;
            }
        }
    }

    /** Like {@link #pull} but without waiting: 1 for a frame, 0 when the graph needs input first, -1 at the end. */
    public int poll(String label, AVFrame frame, String where) {
        int ret = av_buffersink_get_frame(sink(label), frame);
        if (ret >= 0) {
            return 1;
        }
        if (Av.isEof(ret)) {
            return -1;
        }
        if (ret == Av.EAGAIN) {
            return 0;
        }
        throw Av.failure("filter " + label, where, ret, logMark);
    }

    /** The {@code n}th {@code buffer} source of the graph, in the order the graph text names them. */
    public AVFilterContext source(int n) {
        int seen = 0;
        for (int i = 0; i < graph.nb_filters(); i++) {
            AVFilterContext f = graph.filters(i);
            if ("buffer".equals(f.filter().name().getString()) && seen++ == n) {
                return f;
            }
        }
        throw new IllegalStateException("no buffer source " + n + " in the graph for " + subject);
    }

    /** Whether the graph has an output labelled {@code label}. */
    public boolean has(String label) {
        return sinks.containsKey(label);
    }

    private AVFilterContext sink(String label) {
        AVFilterContext sink = sinks.get(label);
        if (sink == null) {
            throw new IllegalStateException("no output [" + label + "] in the graph for " + subject);
        }
        return sink;
    }

    /** The log mark taken when the graph was opened. */
    public long logMark() {
        return logMark;
    }

    @Override
    public void close() {
        if (!graph.isNull()) {
            avfilter_graph_free(graph);
        }
    }
}
