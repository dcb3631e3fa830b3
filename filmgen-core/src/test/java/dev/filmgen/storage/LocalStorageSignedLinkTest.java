package dev.filmgen.storage;

import dev.filmgen.testing.kit.StorageKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local store with signed HTTP links runs the contract through a loopback server that verifies links. */
class LocalStorageSignedLinkTest extends StorageKit {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path root;
    private SignedLinkServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

    @Override
    protected Storage createStorage() throws IOException {
        server = new SignedLinkServer();
        LocalStorage local = LocalStorage.builder().root(root).publicBaseUrl(server.baseUrl())
                .secret("a test secret of enough length").clock(clock).build();
        server.serve(local);
        return local;
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected byte[] fetch(URI link) throws Exception {
        HttpResponse<byte[]> response = get(link);
        assertEquals(200, response.statusCode(), "GET " + link);
        return response.body();
    }

    private static HttpResponse<byte[]> get(URI link) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI putAndLink(String key, Duration ttl) {
        storage.put(key, "the film".getBytes(StandardCharsets.UTF_8), "video/mp4");
        return storage.link(key, ttl);
    }

    @Test
    void aLinkIsTheBaseUrlTheKeyAnExpiryAndASignature() {
        URI link = putAndLink("s1/film/film.mp4", Duration.ofHours(1));

        long expires = Instant.parse("2026-11-25T13:00:00Z").getEpochSecond();
        assertTrue(link.toString().startsWith(server.baseUrl() + "/s1/film/film.mp4?expires=" + expires + "&sig="),
                link.toString());
    }

    @Test
    void theServerSendsTheRecordedContentType() throws Exception {
        URI link = putAndLink("s1/film/film.mp4", Duration.ofHours(1));

        HttpResponse<byte[]> response = get(link);

        assertEquals("video/mp4", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        URI link = putAndLink("s1/film/film.mp4", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(200, get(link).statusCode(), "still valid at the expiry second");

        clock.advance(Duration.ofSeconds(1));

        assertEquals(403, get(link).statusCode());
    }

    @Test
    void aLinkWithAnotherKeyIsRefused() throws Exception {
        putAndLink("s1/film/other.mp4", Duration.ofHours(1));
        URI link = putAndLink("s1/film/film.mp4", Duration.ofHours(1));

        URI swapped = URI.create(link.toString().replace("/film.mp4?", "/other.mp4?"));

        assertEquals(403, get(swapped).statusCode());
    }

    @Test
    void aLinkWithALaterExpiryIsRefused() throws Exception {
        URI link = putAndLink("s1/film/film.mp4", Duration.ofHours(1));
        String expires = link.getRawQuery().replaceAll("expires=(\\d+).*", "$1");

        URI extended = URI.create(link.toString().replace("expires=" + expires,
                "expires=" + (Long.parseLong(expires) + 86_400)));

        assertEquals(403, get(extended).statusCode());
    }

    @Test
    void aLinkWithAnAlteredOrMissingSignatureIsRefused() throws Exception {
        URI link = putAndLink("s1/film/film.mp4", Duration.ofHours(1));
        String text = link.toString();
        char last = text.charAt(text.length() - 1);

        URI altered = URI.create(text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A'));
        URI unsigned = URI.create(text.substring(0, text.indexOf("&sig=")));

        assertEquals(403, get(altered).statusCode());
        assertEquals(403, get(unsigned).statusCode());
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRefused() throws Exception {
        putAndLink("s1/film/film.mp4", Duration.ofHours(1));
        LinkSigner stranger = LinkSigner.builder().baseUrl(server.baseUrl())
                .secret("someone else's secret, long").clock(clock).build();

        URI forged = stranger.sign("s1/film/film.mp4", Duration.ofHours(1));

        assertEquals(403, get(forged).statusCode());
    }

    @Test
    void aLinkCannotClimbOutOfTheStore() throws Exception {
        URI link = putAndLink("s1/film/film.mp4", Duration.ofHours(1));

        URI climbing = URI.create(link.toString().replace("/s1/film/", "/s1/film/%2E%2E/%2E%2E/"));

        assertEquals(403, get(climbing).statusCode());
    }
}
