package dev.filmgen.examples.service.internal;

import dev.filmgen.error.ErrorCodes;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.protocol.WireSink;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * {@code POST /process}: CORS preflight, the bearer token, a JSON body, a free turn slot (else 503 with
 * {@code Retry-After}), then the {@link AgentScopeProcessor} streams the turn as SSE. The body is read without
 * holding a thread ({@link BodyReader}) and must arrive within the body timeout (else 408), so slow senders cost
 * no threads. Writing is best effort: a client that goes away does not stop the turn.
 */
public final class ProcessRoute {
    private final BearerAuth auth;
    private final AgentScopeProcessor processor;
    private final int maxBodyBytes;
    private final Duration bodyTimeout;
    private final Duration retryAfter;
    private final long streamIdleMillis;

    /**
     * @param auth the bearer token check, or null when no token is required
     * @param maxBodyBytes the largest body read; a longer one is refused as too large
     * @param bodyTimeout how long the whole body may take to arrive
     * @param retryAfter what a client beyond the turn cap is told to wait
     * @param streamIdle the idle timeout of a connection while its turn streams (events can be minutes apart)
     */
    public ProcessRoute(BearerAuth auth, AgentScopeProcessor processor, int maxBodyBytes, Duration bodyTimeout,
                        Duration retryAfter, Duration streamIdle) {
        this.auth = auth;
        this.processor = processor;
        this.maxBodyBytes = maxBodyBytes;
        this.bodyTimeout = bodyTimeout;
        this.retryAfter = retryAfter;
        this.streamIdleMillis = streamIdle.toMillis();
    }

    void handle(Request request, Response response, Callback callback) throws IOException {
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setStatus(204);
            callback.succeeded();
            return;
        }
        if (!method.equals("POST")) {
            Routes.error(response, callback, 405, "method_not_allowed", "POST an AgentScope request to /process");
            return;
        }
        if (auth != null && !auth.accepts(request.getHeaders().getValuesList(HttpHeader.AUTHORIZATION))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            Routes.error(response, callback, 401, "unauthorized",
                    "missing or wrong bearer token (Authorization: Bearer <token>)");
            return;
        }
        if (!jsonOrUnsaid(request.getHeaders().getValuesList(HttpHeader.CONTENT_TYPE))) {
            Routes.error(response, callback, 415, "unsupported_media_type",
                    "POST the AgentScope request as Content-Type: application/json");
            return;
        }
        if (request.getLength() > 16L * maxBodyBytes) { // far too large: answer without reading it
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            stream(request, response, callback, processor.accept((byte[]) null));
            return;
        }
        AtomicBoolean answered = new AtomicBoolean();
        Scheduler.Task deadline = request.getComponents().getScheduler().schedule(() -> {
            if (answered.compareAndSet(false, true)) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                answer(callback, () -> Routes.error(response, callback, 408, "request_timeout",
                        "the request body did not arrive within " + bodyTimeout.toSeconds() + " s"));
            }
        }, bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        BodyReader.read(request, maxBodyBytes).whenCompleteAsync((body, failure) -> {
            deadline.cancel();
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            if (failure != null) {
                callback.failed(failure); // the client went away or broke the framing
                return;
            }
            if (body == null) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            answer(callback, () -> stream(request, response, callback, processor.accept(body)));
        }, request.getComponents().getExecutor());
    }

    private void stream(Request request, Response response, Callback callback, AgentScopeProcessor.Call call)
            throws IOException {
        if (!call.refused() && !call.admit()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
            Routes.error(response, callback, 503, ErrorCodes.OVERLOADED, "the service is making as many films as it"
                    + " may at once; try again in " + retryAfter.toSeconds() + " s");
            return;
        }
        request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(streamIdleMillis);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("X-Accel-Buffering", "no");
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            call.streamTo(WireSink.sse(out));
        } catch (IOException e) {
            callback.failed(e); // the client went away while the stream ended; the turn has saved its results
            return;
        }
        callback.succeeded();
    }

    private interface Answer {
        void run() throws IOException;
    }

    private static void answer(Callback callback, Answer a) {
        try {
            a.run();
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
        }
    }

    /**
     * Whether the body may be read as JSON: no {@code Content-Type} at all (clients that never set one, such as a
     * bare {@code java.net.http} POST, keep working; the body must still parse), or exactly one that is
     * {@code application/json}, with or without parameters. Anything else (a form, text, two values) is 415.
     */
    static boolean jsonOrUnsaid(List<String> contentTypes) {
        if (contentTypes == null || contentTypes.isEmpty()) {
            return true;
        }
        if (contentTypes.size() != 1) {
            return false;
        }
        String contentType = contentTypes.get(0);
        int semi = contentType.indexOf(';');
        String base = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json");
    }
}
