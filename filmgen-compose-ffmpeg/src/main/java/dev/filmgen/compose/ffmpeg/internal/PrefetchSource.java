package dev.filmgen.compose.ffmpeg.internal;

import static org.bytedeco.ffmpeg.global.avutil.*;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Reads another {@link FrameSource} on its own thread, a few frames ahead, so decoding and filtering run beside the
 * encoder instead of before it. The wrapped source is used only by that thread until it ends; errors are rethrown to
 * the reader. Closing stops the thread, frees queued frames and closes the wrapped source.
 */
public final class PrefetchSource implements FrameSource {
    private static final Object END = new Object();
    private final FrameSource source;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean stopping;
    private boolean ended;

    /** Starts reading {@code source} ahead by at most {@code depth} frames, on a daemon thread named {@code name}. */
    public PrefetchSource(FrameSource source, int depth, String name) {
        this.source = source;
        this.queue = new ArrayBlockingQueue<>(depth + 1);
        this.thread = new Thread(this::produce, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce() {
        try {
            while (!stopping) {
                AVFrame frame = av_frame_alloc();
                if (!source.next(frame)) {
                    av_frame_free(frame);
                    break;
                }
                if (!offer(frame)) {
                    av_frame_free(frame);
                    return;
                }
            }
            offer(END);
        } catch (RuntimeException | Error e) {
            offer(e);
        }
    }

    private boolean offer(Object item) {
        try {
            while (!stopping) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public boolean next(AVFrame frame) {
        if (ended) {
            return false;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for frames from " + source.where(), e);
        }
        if (item == END) {
            ended = true;
            return false;
        }
        if (item instanceof RuntimeException re) {
            ended = true;
            throw re;
        }
        if (item instanceof Error err) {
            ended = true;
            throw err;
        }
        AVFrame ahead = (AVFrame) item;
        av_frame_move_ref(frame, ahead);
        av_frame_free(ahead);
        return true;
    }

    @Override
    public String where() {
        return source.where();
    }

    @Override
    public void close() {
        stopping = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Object item; (item = queue.poll()) != null; ) {
            if (item instanceof AVFrame f) {
                av_frame_free(f);
            }
        }
        source.close();
    }
}
