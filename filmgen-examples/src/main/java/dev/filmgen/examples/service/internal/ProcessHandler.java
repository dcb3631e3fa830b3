package dev.filmgen.examples.service.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.examples.service.AgentScopeEncoder;
import dev.filmgen.examples.service.WireObjects;
import dev.filmgen.intent.UserMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /process}: checks the bearer token, reads and validates the AgentScope request, fetches the
 * product photo safely, runs the turn on the {@link TurnRunner} and streams its events as SSE. Writing is
 * best effort: a client that goes away does not stop the turn.
 */
public final class ProcessHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessHandler.class);
    private static final Object END = new Object();

    private final byte[] expectedAuth;
    private final int maxBodyBytes;
    private final TurnRunner runner;
    private final ImageIntake images;
    private final Function<String, AgentScopeEncoder> encoders;

    /**
     * @param apiToken the bearer token every request must carry, or null for none
     * @param encoders makes the wire encoder of one turn from its session id (null before parsing)
     */
    public ProcessHandler(String apiToken, int maxBodyBytes, TurnRunner runner, ImageIntake images,
                          Function<String, AgentScopeEncoder> encoders) {
        this.expectedAuth = apiToken == null ? null : ("Bearer " + apiToken).getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = maxBodyBytes;
        this.runner = runner;
        this.images = images;
        this.encoders = encoders;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Http.cors(ex);
            if (ex.getRequestMethod().equals("OPTIONS")) {
                ex.sendResponseHeaders(204, -1);
                return;
            }
            if (!ex.getRequestMethod().equals("POST")) {
                Http.error(ex, 405, "method_not_allowed", "POST an AgentScope request to /process");
                return;
            }
            if (expectedAuth != null && !authorised(ex)) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                Http.error(ex, 401, "unauthorized", "missing or wrong bearer token (Authorization: Bearer <token>)");
                return;
            }
            byte[] body = Http.readLimited(ex.getRequestBody(), maxBodyBytes);
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.getResponseHeaders().set("X-Accel-Buffering", "no");
            ex.sendResponseHeaders(200, 0);
            stream(ex.getResponseBody(), body);
        }
    }

    private void stream(OutputStream out, byte[] body) {
        Writer w = new Writer(out);
        RequestParser.Parsed p;
        try {
            if (body == null) {
                throw new RequestRefused("payload_too_large", "the request body is larger than " + maxBodyBytes + " bytes");
            }
            p = RequestParser.parse(body);
        } catch (RequestRefused e) {
            AgentScopeEncoder enc = encoders.apply(null);
            w.writeAll(enc.open());
            w.write(enc.fail(e.code(), e.getMessage()));
            return;
        }
        AgentScopeEncoder enc = encoders.apply(p.sessionId());
        w.writeAll(enc.open());
        String image = p.imageUrl();
        if (image != null) {
            try {
                image = images.fetch(p.sessionId(), image);
            } catch (RequestRefused e) {
                w.write(enc.fail(e.code(), e.getMessage()));
                return;
            }
        }
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        AtomicBoolean gone = new AtomicBoolean();
        runner.submit(p.sessionId(), enc.responseId(), new UserMessage(p.text(), p.type(), image), new TurnRunner.Sink() {
            @Override
            public void onEvent(FilmEvent event) {
                List<ObjectNode> wire;
                synchronized (enc) {
                    wire = enc.encode(event);
                }
                if (!gone.get()) {
                    queue.addAll(wire);
                }
            }

            @Override
            public void end(FilmgenException failure, Throwable unexpected) {
                synchronized (enc) {
                    boolean reported = failure instanceof StageFailedException && enc.hasFailures();
                    queue.add(failure != null && !reported ? enc.fail(TurnRunner.code(failure),
                                    TurnRunner.message(failure, enc.responseId()))
                            : unexpected != null ? enc.fail(ErrorCodes.INTERNAL_ERROR, "the turn failed unexpectedly"
                                    + " (request " + enc.responseId() + ")")
                            : enc.finish());
                }
                queue.add(END);
            }
        });
        drain(queue, w, gone);
    }

    private static void drain(BlockingQueue<Object> queue, Writer w, AtomicBoolean gone) {
        try {
            for (Object o = queue.take(); o != END; o = queue.take()) {
                if (!w.write((ObjectNode) o)) {
                    gone.set(true);
                    queue.clear();
                    LOG.info("client went away; the turn goes on and its results are saved");
                    return;
                }
            }
        } catch (InterruptedException e) {
            gone.set(true);
            Thread.currentThread().interrupt();
        }
    }

    private boolean authorised(HttpExchange ex) {
        String given = ex.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(expectedAuth, given.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes SSE events, remembering a broken connection instead of throwing. */
    private static final class Writer {
        private final OutputStream out;
        private boolean broken;

        Writer(OutputStream out) {
            this.out = out;
        }

        void writeAll(List<ObjectNode> events) {
            events.forEach(this::write);
        }

        boolean write(ObjectNode event) {
            if (broken) {
                return false;
            }
            try {
                out.write(WireObjects.sse(event));
                out.flush();
                return true;
            } catch (IOException e) {
                broken = true;
                return false;
            }
        }
    }
}
