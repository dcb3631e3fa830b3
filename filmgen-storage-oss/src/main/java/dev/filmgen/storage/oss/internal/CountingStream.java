package dev.filmgen.storage.oss.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a caller's stream to the SDK: never reads past the declared length, counts bytes, and fails when the
 * stream ends early (so a short stream is an error, not a truncated object). Closing it leaves the caller's
 * stream open.
 */
final class CountingStream extends FilterInputStream {

    private final long expected;
    private long count;
    private boolean endedEarly;

    CountingStream(InputStream in, long expected) {
        super(in);
        this.expected = expected;
    }

    long count() {
        return count;
    }

    /** Whether the caller's stream ended before the declared length. */
    boolean endedEarly() {
        return endedEarly;
    }

    @Override
    public int read() throws IOException {
        if (count >= expected) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            return endOfStream();
        }
        count++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (count >= expected) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, expected - count));
        if (n < 0) {
            return endOfStream();
        }
        count += n;
        return n;
    }

    private int endOfStream() throws IOException {
        if (count < expected) {
            endedEarly = true;
            throw new ShortStream(count, expected);
        }
        return -1;
    }

    @Override
    public long skip(long n) throws IOException {
        return super.skip(Math.min(n, expected - count));
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), expected - count);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    /** The caller's stream ended early. */
    static final class ShortStream extends IOException {
        private static final long serialVersionUID = 1L;

        ShortStream(long got, long expected) {
            super("the stream ended after " + got + " of " + expected + " declared bytes");
        }
    }
}
