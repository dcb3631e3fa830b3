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

    /** A source reading one output label of a graph it owns. */
    static FrameSource of(FilterGraph graph, String label, String where) {
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
                graph.close();
            }
        };
    }
}
