package dev.filmgen.examples.service.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.protocol.WireSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /process} on the JDK server: CORS, the bearer token, then the {@link AgentScopeProcessor} reads
 * the request and streams its turn as SSE. Writing is best effort: a client that goes away does not stop the turn.
 */
public final class ProcessHandler implements HttpHandler {
    private final byte[] expectedAuth;
    private final AgentScopeProcessor processor;

    /** @param apiToken the bearer token every request must carry, or null for none */
    public ProcessHandler(String apiToken, AgentScopeProcessor processor) {
        this.expectedAuth = apiToken == null ? null : ("Bearer " + apiToken).getBytes(StandardCharsets.UTF_8);
        this.processor = processor;
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
            AgentScopeProcessor.Call call = processor.accept(ex.getRequestBody());
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.getResponseHeaders().set("X-Accel-Buffering", "no");
            ex.sendResponseHeaders(200, 0);
            call.streamTo(WireSink.sse(ex.getResponseBody()));
        }
    }

    private boolean authorised(HttpExchange ex) {
        String given = ex.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(expectedAuth, given.strip().getBytes(StandardCharsets.UTF_8));
    }
}
