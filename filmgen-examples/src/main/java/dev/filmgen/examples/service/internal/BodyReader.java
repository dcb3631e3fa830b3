package dev.filmgen.examples.service.internal;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body without holding a thread while the client is slow: Jetty calls back when bytes arrive. It
 * keeps at most {@code max} bytes; a longer body completes with {@code null} once read on up to sixteen times the limit
 * and discarded (so the client is still reading when the refusal comes), or at once beyond that.
 */
final class BodyReader implements Runnable {
    private final Content.Source source;
    private final int max;
    private final long discardUpTo;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private long seen;

    private BodyReader(Content.Source source, int max) {
        this.source = source;
        this.max = max;
        this.discardUpTo = 16L * max;
    }

    /** The body, or null when it is longer than {@code max}; fails when the client breaks off. */
    static CompletableFuture<byte[]> read(Content.Source source, int max) {
        BodyReader r = new BodyReader(source, max);
        r.run();
        return r.result;
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            int n = chunk.remaining();
            if (seen + n <= max) {
                byte[] bytes = new byte[n];
                chunk.get(bytes, 0, n);
                kept.write(bytes, 0, n);
            }
            seen += n;
            chunk.release();
            if (chunk.isLast() || seen > discardUpTo) {
                result.complete(seen > max ? null : kept.toByteArray());
                return;
            }
        }
    }
}
