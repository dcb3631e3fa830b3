package dev.filmgen.examples.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.protocol.WireObjects;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Starts a {@link FilmService} on a loopback port with a scripted executor, and talks to it over HTTP. */
final class ServiceHarness implements AutoCloseable {
    static final long T = 1761701161L;

    /** One executed turn as the executor saw it. */
    record Call(String sessionId, UserMessage message) { }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final FilmService service;
    final HttpClient http = HttpClient.newHttpClient();
    private volatile Script script = (sid, msg, l) -> { };

    /** What the fake executor does for a turn. */
    interface Script {
        void run(String sessionId, UserMessage message, FilmListener listener);
    }

    ServiceHarness(Consumer<FilmService.Builder> config) {
        AtomicInteger ids = new AtomicInteger();
        FilmService.Builder b = FilmService.builder().host("127.0.0.1").port(0)
                .executor((sid, msg, l) -> {
                    calls.add(new Call(sid, msg));
                    script.run(sid, msg, l);
                })
                .ids(() -> String.valueOf(ids.incrementAndGet()))
                .clock(Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC))
                .linker(a -> "http://files.test/" + a.storageKey());
        config.accept(b);
        service = b.build().start();
    }

    ServiceHarness script(Script s) {
        this.script = s;
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    HttpResponse<String> post(String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri("/process"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The SSE body split into its JSON events; fails unless the body is exactly {@code (data: …\n\n)+}. */
    static List<JsonNode> events(String body) throws IOException {
        assertTrue(body.endsWith("\n\n"), "not SSE framing: " + body);
        List<JsonNode> out = new ArrayList<>();
        for (String chunk : body.split("\n\n")) {
            assertTrue(chunk.startsWith("data: ") && chunk.indexOf('\n') < 0, "not SSE framing: " + chunk);
            out.add(WireObjects.JSON.readTree(chunk.substring("data: ".length())));
        }
        return out;
    }

    /** The request the demo client sends for one stage. */
    static String request(String sessionId, String type, String text) {
        return "{\"session_id\":\"" + sessionId + "\",\"input\":[{\"type\":\"" + type + "\",\"role\":\"user\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}]}";
    }

    static void emit(FilmListener l, FilmEvent... events) {
        for (FilmEvent e : events) {
            l.onEvent(e);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
