package dev.filmgen.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.protocol.internal.SseWriter;
import java.io.OutputStream;

/**
 * Where the wire events of one {@code /process} call go, in order: usually the response body of an HTTP
 * stack as server-sent events ({@link #sse(OutputStream)}). Called from one thread at a time.
 */
@FunctionalInterface
public interface WireSink {
    /**
     * Delivers one event. Returns false when the client is gone; no further events are offered then, and the
     * turn goes on and saves its results.
     */
    boolean accept(ObjectNode event);

    /**
     * A sink that writes each event as {@code data: <json>\n\n} in raw UTF-8 and flushes it; it answers false
     * from the first failed write on and never throws.
     */
    static WireSink sse(OutputStream out) {
        return new SseWriter(out);
    }
}
