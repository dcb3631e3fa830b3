package dev.filmgen.offline.internal;

import dev.filmgen.error.CancelledException;
import dev.filmgen.error.NonRetriableException;
import java.awt.image.BufferedImage;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Renders a motion's frames on a helper thread a few frames ahead of the encoder, so drawing and encoding overlap.
 * Frames come back in order from {@link #next()}; each must be handed back with {@link #release}.
 */
public final class FramePipe implements AutoCloseable {
    private static final int BUFFERS = 4;

    private final BlockingQueue<BufferedImage> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final Thread worker;

    public FramePipe(Motion motion, int frames) {
        for (int i = 0; i < BUFFERS; i++) {
            free.add(motion.newFrame());
        }
        worker = new Thread(() -> {
            try {
                for (int i = 0; i < frames; i++) {
                    BufferedImage buf = free.take();
                    ready.put(motion.render(frames == 1 ? 0 : i / (double) (frames - 1), buf));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                ready.offer(e);
            }
        }, "filmgen-offline-frames");
        worker.setDaemon(true);
        worker.start();
    }

    /** The next frame in order. */
    public BufferedImage next() {
        try {
            Object o = ready.take();
            if (o instanceof Throwable t) {
                throw new NonRetriableException("rendering a clip frame failed: " + t, t);
            }
            return (BufferedImage) o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted while rendering a clip");
        }
    }

    /** Hands a frame's buffer back for reuse. */
    public void release(BufferedImage frame) {
        free.offer(frame);
    }

    @Override
    public void close() {
        worker.interrupt();
    }
}
