package dev.filmgen.spring.boot.autoconfigure.web;

import dev.filmgen.concurrent.DaemonThreadFactory;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.protocol.SignedFiles;
import dev.filmgen.protocol.WireObjects;
import dev.filmgen.protocol.WireSink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * The AgentScope runtime endpoints on Spring MVC, a thin layer over {@code filmgen-protocol}: {@code POST
 * /process} (and {@code /process/stream}) streams the turn as {@code data: <json>} lines, each written and flushed
 * as it happens; {@code GET/HEAD /files/**} serves signed local links. Mapped under {@code filmgen.web.path}.
 */
@RestController
@RequestMapping("${filmgen.web.path:}")
public class FilmgenProcessController implements DisposableBean {
    private static final MediaType SSE = new MediaType("text", "event-stream", StandardCharsets.UTF_8);
    private final AgentScopeProcessor processor;
    private final SignedFiles files;
    private final Duration streamTimeout;
    private final ExecutorService writers;

    /**
     * @param processor reads requests and runs turns
     * @param files decides /files requests, or null when the storage's links are not this application's
     * @param streamTimeout longest a response stream stays open
     */
    public FilmgenProcessController(AgentScopeProcessor processor, SignedFiles files, Duration streamTimeout) {
        this.processor = processor;
        this.files = files;
        this.streamTimeout = streamTimeout;
        this.writers = Executors.newCachedThreadPool(new DaemonThreadFactory("filmgen-sse-"));
    }

    /** One turn, streamed as server-sent events; bad input is a stream that ends {@code failed} with a code. */
    @RequestMapping(path = {"/process", "/process/stream"}, method = RequestMethod.POST)
    public ResponseEntity<ResponseBodyEmitter> process(HttpServletRequest request) throws IOException {
        AgentScopeProcessor.Call call = processor.accept(request.getInputStream());
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(streamTimeout.toMillis());
        writers.execute(() -> {
            try {
                call.streamTo(event -> send(emitter, event));
            } finally {
                emitter.complete();
            }
        });
        return ResponseEntity.ok().contentType(SSE).header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no").body(emitter);
    }

    /** A signed artifact link: 200 with the bytes, 403 for a bad or expired link, 404 when unknown. */
    @RequestMapping(path = "/files/**", method = {RequestMethod.GET, RequestMethod.HEAD})
    public void file(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (files == null) {
            json(response, 404, WireObjects.errorBody("not_found", "this application does not serve file links"));
            return;
        }
        String query = request.getQueryString();
        SignedFiles.Outcome outcome;
        try {
            outcome = files.lookup(URI.create(request.getRequestURI() + (query == null ? "" : "?" + query)));
        } catch (IllegalArgumentException e) {
            outcome = new SignedFiles.Refused(403, "forbidden", "the link is not a valid URL");
        }
        if (outcome instanceof SignedFiles.Refused r) {
            json(response, r.status(), WireObjects.errorBody(r.code(), r.message()));
            return;
        }
        SignedFiles.Found found = (SignedFiles.Found) outcome;
        response.setContentType(found.object().contentType());
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLengthLong(found.object().sizeBytes());
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        try (InputStream in = found.open(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static boolean send(ResponseBodyEmitter emitter, com.fasterxml.jackson.databind.node.ObjectNode event) {
        try {
            emitter.send(WireObjects.sse(event), SSE);
            return true;
        } catch (IOException | IllegalStateException e) {
            return false; // the client went away or the stream timed out: the turn goes on and saves
        }
    }

    private static void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(WireObjects.JSON.writeValueAsBytes(body));
    }

    @Override
    public void destroy() {
        writers.shutdownNow();
    }
}
