package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.emit;
import static dev.filmgen.examples.service.ServiceHarness.events;
import static dev.filmgen.examples.service.ServiceHarness.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.StoredObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local-storage artifacts reach clients as signed links the service itself serves under /files. */
class ArtifactLinksTest {
    private static final Clock NOW = Clock.fixed(Instant.ofEpochSecond(ServiceHarness.T), ZoneOffset.UTC);
    @TempDir
    Path root;
    private FilmService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theFilmLinkIsSignedServedAndRefusedWhenTamperedOrExpired() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        LocalStorage storage = LocalStorage.builder().root(root).clock(NOW)
                .publicBaseUrl("http://127.0.0.1:" + port + "/files").secret("0123456789abcdef0123").build();
        byte[] film = "not really an mp4 but bytes".getBytes();
        StoredObject stored = storage.put("demo/film/film.mp4", film, "video/mp4");
        AtomicInteger ids = new AtomicInteger();
        service = FilmService.builder().host("127.0.0.1").port(port).storage(storage).clock(NOW)
                .verifier(storage.signer().orElseThrow()::verify).ids(() -> "" + ids.incrementAndGet())
                .executor((sid, msg, l) -> emit(l, new FilmEvent.ItemDone(sid, Stage.FILM, 0, "film",
                        MediaAsset.of(URI.create("file:///x"), "video/mp4").withStorage(stored.key(),
                                URI.create("file:///x"), film.length), false)))
                .build().start();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/process"))
                .POST(HttpRequest.BodyPublishers.ofString(request("demo", "Film", "x"))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode data = events(res.body()).get(2).get("content").get(0).get("data");
        String url = data.get("video_url").asText();
        assertTrue(url.startsWith("http://127.0.0.1:" + port + "/files/demo/film/film.mp4?expires="
                + (ServiceHarness.T + Duration.ofHours(24).toSeconds()) + "&sig="), url);

        HttpResponse<byte[]> ok = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ok.statusCode());
        assertEquals("video/mp4", ok.headers().firstValue("content-type").orElse(""));
        assertArrayEquals(film, ok.body());

        String tampered = url.replace("film.mp4", "other.mp4");
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(tampered)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        String badSig = url.substring(0, url.length() - 3) + "AAA";
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(badSig)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        String expired = storage.signer().orElseThrow().baseUrl() + "/demo/film/film.mp4?expires=" + (ServiceHarness.T - 1)
                + "&sig=" + storage.signer().orElseThrow().signature("demo/film/film.mp4", ServiceHarness.T - 1);
        HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create(expired)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, gone.statusCode());
        assertTrue(gone.body().contains("link_expired"), gone.body());
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/files/demo/film/film.mp4")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
