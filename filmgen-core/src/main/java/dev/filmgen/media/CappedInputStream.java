package dev.filmgen.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a body through until more than {@code max} bytes were read, then refuses it (and closes the source). */
final class CappedInputStream extends FilterInputStream {
    private final long max;
    private final String location;
    private long read;

    public CappedInputStream(InputStream in, long max, String location) {
        super(in);
        this.max = max;
        this.location = location;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count(s);
        return s;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws IOException {
        read += n;
        if (read > max) {
            in.close();
            throw new RemoteMediaRefused(RemoteMediaRefused.Reason.TOO_LARGE, location,
                    "the body is larger than the limit of " + max + " bytes");
        }
    }
}
