package dev.filmgen.protocol.internal;

import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a size limit. */
public final class Bodies {
    private Bodies() {
    }

    /**
     * Reads at most {@code max} bytes; when the body is longer, reads and discards the rest (up to 16 times
     * the limit, so the client can still read the answer) and returns null.
     */
    public static byte[] readLimited(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        if (body.length <= max) {
            return body;
        }
        byte[] sink = new byte[8192];
        long left = 16L * max;
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
        return null;
    }
}
