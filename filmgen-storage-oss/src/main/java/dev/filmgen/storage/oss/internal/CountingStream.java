package dev.filmgen.storage.oss.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a caller's stream to the SDK: never hands over more than the declared length, counts bytes, and fails
 * when the stream ends early or turns out longer (so a wrong length is an error, not a truncated object). A longer
 * stream is noticed before its last declared byte is handed over, so the upload fails before the service could
 * have replaced the old object. Closing it leaves the caller's stream open.
 */
final class CountingStream extends FilterInputStream {

    private final long expected;
    private long count;
    private boolean endedEarly;
    private boolean endedLate;
    private boolean endChecked;

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

    /** Whether the caller's stream had more than the declared length. */
    boolean endedLate() {
        return endedLate;
    }

    @Override
    public int read() throws IOException {
        if (count >= expected) {
            checkNothingMore();
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            return endOfStream();
        }
        count++;
        checkNothingMore();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (count >= expected) {
            checkNothingMore();
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, expected - count));
        if (n < 0) {
            return endOfStream();
        }
        count += n;
        checkNothingMore();
        return n;
    }

    private int endOfStream() throws IOException {
        if (count < expected) {
            endedEarly = true;
            throw new ShortStream(count, expected);
        }
        return -1;
    }

    /** Once the declared length is reached, the caller's stream must be at its end. */
    private void checkNothingMore() throws IOException {
        if (count < expected || endChecked) {
            return;
        }
        if (in.read() >= 0) {
            endedLate = true;
            throw new LongStream(expected);
        }
        endChecked = true;
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

    /** The caller's stream had more bytes than declared. */
    static final class LongStream extends IOException {
        private static final long serialVersionUID = 1L;

        LongStream(long expected) {
            super("the stream had more than its " + expected + " declared bytes");
        }
    }

    /** The caller's stream ended early. */
    static final class ShortStream extends IOException {
        private static final long serialVersionUID = 1L;

        ShortStream(long got, long expected) {
            super("the stream ended after " + got + " of " + expected + " declared bytes");
        }
    }
}
