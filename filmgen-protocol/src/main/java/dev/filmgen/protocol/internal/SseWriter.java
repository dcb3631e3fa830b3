package dev.filmgen.protocol.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.protocol.WireObjects;
import dev.filmgen.protocol.WireSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Writes SSE events to a stream, remembering a broken connection instead of throwing. */
public final class SseWriter implements WireSink {
    private final OutputStream out;
    private boolean broken;

    public SseWriter(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public boolean accept(ObjectNode event) {
        if (broken) {
            return false;
        }
        try {
            out.write(WireObjects.sse(event));
            out.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            broken = true; // servlet stacks report a gone client as unchecked exceptions too
            return false;
        }
    }
}
