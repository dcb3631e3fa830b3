package dev.filmgen.compose.ffmpeg.internal;

import org.bytedeco.ffmpeg.avutil.AVFrame;

/** Hands out decoded, filtered frames in order; {@link #next} returns false at the end. */
public interface FrameSource extends AutoCloseable {
    /** Fills {@code frame} with the next frame (the caller unrefs it), or returns false at the end. */
    boolean next(AVFrame frame);

    /** What is being read now (a board, a file), for error messages. */
    String where();

    @Override
    void close();

    /** A source reading one output label of a graph it owns: closing the source closes the graph. */
    static FrameSource of(FilterGraph graph, String label, String where) {
        return pulling(graph, label, where, true);
    }

    /** A source reading one output label of a graph its caller owns and closes (several sources may share it). */
    static FrameSource borrowing(FilterGraph graph, String label, String where) {
        return pulling(graph, label, where, false);
    }

    private static FrameSource pulling(FilterGraph graph, String label, String where, boolean ownsGraph) {
        return new FrameSource() {
            @Override
            public boolean next(AVFrame frame) {
                return graph.pull(label, frame, where);
            }

            @Override
            public String where() {
                return where;
            }

            @Override
            public void close() {
                if (ownsGraph) {
                    graph.close();
                }
            }
        };
    }
}
