package dev.filmgen.examples.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.protocol.SignedFiles;
import dev.filmgen.protocol.WireObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.net.URI;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The service's routes on Jetty: {@code /process} (and {@code /process/stream}), {@code /health}, {@code /} and
 * {@code /files/…}. Every answer allows any origin (CORS {@code *}, as the AgentScope runtime does); errors are
 * {@code {"error":{"code","message"}}}. Beyond the connection cap every request gets 503 with {@code Retry-After}.
 */
public final class Routes extends Handler.Abstract {
    private final ProcessRoute process;
    private final SignedFiles files;
    private final Supplier<ObjectNode> health;
    private final IntSupplier openConnections;
    private final int maxConnections;

    /**
     * @param files serves {@code /files/…}, or null for none
     * @param health the {@code /health} body; HTTP 503 unless its {@code status} is {@code healthy}
     * @param openConnections how many connections are open now
     * @param maxConnections above this many open connections, requests are answered 503
     */
    public Routes(ProcessRoute process, SignedFiles files, Supplier<ObjectNode> health, IntSupplier openConnections,
                  int maxConnections) {
        this.process = process;
        this.files = files;
        this.health = health;
        this.openConnections = openConnections;
        this.maxConnections = maxConnections;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        cors(response);
        String path = Request.getPathInContext(request);
        if (openConnections.getAsInt() > maxConnections) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            error(response, callback, 503, ErrorCodes.OVERLOADED, "the service has more than " + maxConnections
                    + " open connections; try again in 5 s");
            return true;
        }
        if (path.equals("/process") || path.equals("/process/stream")) {
            process.handle(request, response, callback);
        } else if (path.equals("/health")) {
            ObjectNode h = health.get();
            json(response, callback, "healthy".equals(h.path("status").asText()) ? 200 : 503, h);
        } else if (path.equals("/")) {
            json(response, callback, 200, WireObjects.serviceInfo(""));
        } else if (files != null && path.startsWith(SignedFiles.PREFIX)) {
            files(request, response, callback);
        } else {
            error(response, callback, 404, "not_found", "no such endpoint: " + path);
        }
        return true;
    }

    private void files(Request request, Response response, Callback callback) throws IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            error(response, callback, 405, "method_not_allowed", "use GET or HEAD");
            return;
        }
        URI uri;
        try {
            uri = request.getHttpURI().toURI();
        } catch (IllegalArgumentException e) {
            error(response, callback, 400, "bad_request", "the request's URI is not valid");
            return;
        }
        SignedFiles.Outcome outcome = files.lookup(uri);
        if (outcome instanceof SignedFiles.Refused r) {
            error(response, callback, r.status(), r.code(), r.message());
            return;
        }
        SignedFiles.Found found = (SignedFiles.Found) outcome;
        long size = found.object().sizeBytes();
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, found.object().contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "private, max-age=300");
        if (size >= 0) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
        }
        if (method.equals("HEAD")) {
            callback.succeeded();
            return;
        }
        try (InputStream in = found.open(); OutputStream out = Content.Sink.asOutputStream(response)) {
            in.transferTo(out);
        } catch (IOException e) {
            callback.failed(e);
            return;
        }
        callback.succeeded();
    }

    /** Allows browser clients from any origin. */
    static void cors(Response response) {
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
    }

    /** Answers a JSON body. */
    static void json(Response response, Callback callback, int status, JsonNode body) throws IOException {
        byte[] bytes = WireObjects.JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** Answers {@code {"error":{"code","message"}}} with {@code status}. */
    static void error(Response response, Callback callback, int status, String code, String message)
            throws IOException {
        json(response, callback, status, WireObjects.errorBody(code, message));
    }
}
