package dev.filmgen.testing.kit;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A deterministic pseudo-random stream of a given size that never exists in memory as a whole; it can call a
 * probe each time another {@code every} bytes have been read (to measure the heap while a store consumes it).
 */
public final class GeneratedStream extends InputStream {

    private final long size;
    private long position;
    private long state;
    private long probeEvery = Long.MAX_VALUE;
    private long nextProbe = Long.MAX_VALUE;
    private LongConsumer probe = pos -> { };

    private GeneratedStream(long size, long seed) {
        this.size = size;
        this.state = seed * 0x9E3779B97F4A7C15L + 1;
    }

    /** {@code size} bytes derived from {@code seed}; two streams with the same arguments are equal. */
    public static GeneratedStream of(long size, long seed) {
        return new GeneratedStream(size, seed);
    }

    /** A source that hands out {@code bytes} bytes and then fails with an {@link IOException} saying {@code message}. */
    public static InputStream failingAfter(long bytes, String message) {
        GeneratedStream data = of(bytes, 1);
        return new InputStream() {
            @Override
            public int read() throws IOException {
                int b = data.read();
                if (b < 0) {
                    throw new IOException(message);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = data.read(b, off, len);
                if (n < 0) {
                    throw new IOException(message);
                }
                return n;
            }
        };
    }

    /** Calls {@code probe} with the position each time another {@code every} bytes have been read. */
    public GeneratedStream probeEvery(long every, LongConsumer probe) {
        this.probeEvery = every;
        this.nextProbe = every;
        this.probe = probe;
        return this;
    }

    /** Bytes handed out so far. */
    public long position() {
        return position;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - position);
        long s = state;
        for (int i = 0; i < n; i++) {
            s ^= s << 13;
            s ^= s >>> 7;
            s ^= s << 17;
            b[off + i] = (byte) (s >>> 24);
        }
        state = s;
        position += n;
        while (position >= nextProbe) {
            nextProbe += probeEvery;
            probe.accept(position);
        }
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - position);
    }

    /** Asserts that {@code actual} yields exactly the bytes of {@code expected}, naming the first difference. */
    public static void assertSameContent(InputStream expected, InputStream actual) throws IOException {
        byte[] a = new byte[64 * 1024];
        byte[] b = new byte[64 * 1024];
        long offset = 0;
        while (true) {
            int na = expected.readNBytes(a, 0, a.length);
            int nb = actual.readNBytes(b, 0, b.length);
            for (int i = 0; i < Math.min(na, nb); i++) {
                if (a[i] != b[i]) {
                    fail("content differs at byte " + (offset + i));
                }
            }
            assertEquals(na, nb, "content length differs after byte " + offset);
            if (na == 0) {
                return;
            }
            offset += na;
        }
    }

    /** Heap in use after asking for a full collection; loose, for bounded-memory checks only. */
    public static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
