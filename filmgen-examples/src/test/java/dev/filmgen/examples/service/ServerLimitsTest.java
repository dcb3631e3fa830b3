package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.events;
import static dev.filmgen.examples.service.ServiceHarness.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.examples.service.RawHttp.Answer;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service holds up to hostile and unlucky clients, checked over real sockets. */
class ServerLimitsTest {
    private ServiceHarness h;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
        if (h != null) {
            h.close();
        }
    }

    private Socket open(int readTimeoutMillis) throws Exception {
        Socket s = RawHttp.connect(h.service.port(), readTimeoutMillis);
        sockets.add(s);
        return s;
    }

    @Test
    void aClientThatTricklesItsHeadersIsCutOffAtTheHeaderTimeoutThoughEachByteResetsTheIdleTimeout() throws Exception {
        h = new ServiceHarness(b -> b.headerTimeout(Duration.ofSeconds(1)).idleTimeout(Duration.ofSeconds(30)));
        Socket s = open(100);
        OutputStream out = s.getOutputStream();
        out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        boolean cut = false;
        for (int i = 0; i < 100 && !cut; i++) { // 20 s of one header line every 200 ms
            try {
                out.write(("X-Slow-" + i + ": y\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException e) {
                cut = true;
                break;
            }
            cut = RawHttp.closedWithin(s, 200);
        }
        assertTrue(cut, "a connection whose headers never end must be closed");
        assertTrue(h.service.headerTimeouts() >= 1);
        assertEquals(200, RawHttp.exchange(h.service.port(), RawHttp.request("GET", "/health", "", null)).status());
    }

    @Test
    void aSilentConnectionIsClosedAtTheIdleTimeout() throws Exception {
        h = new ServiceHarness(b -> b.idleTimeout(Duration.ofMillis(500)));
        assertTrue(RawHttp.closedWithin(open(200), 15_000), "an idle connection must be closed");
    }

    @Test
    void aBodyThatNeverArrivesGets408AtTheBodyTimeoutAndRunsNothing() throws Exception {
        h = new ServiceHarness(b -> b.bodyTimeout(Duration.ofSeconds(1)));
        Socket s = open(15_000);
        s.getOutputStream().write(("POST /process HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 200\r\n\r\n{\"session_id\":").getBytes(StandardCharsets.US_ASCII));
        Answer a = RawHttp.parse(RawHttp.readAll(s.getInputStream()));
        assertEquals(408, a.status());
        assertTrue(a.body().contains("request_timeout"), a.body());
        assertTrue(h.calls.isEmpty());
    }

    @Test
    void beyondTheConnectionCapEveryRequestGets503WithRetryAfterUntilConnectionsClose() throws Exception {
        h = new ServiceHarness(b -> b.maxConnections(4).idleTimeout(Duration.ofSeconds(30)));
        List<Socket> idle = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            idle.add(open(1000));
        }
        Answer over = null;
        for (int i = 0; i < 50 && (over == null || over.status() != 503); i++) { // accepting is asynchronous
            over = RawHttp.exchange(h.service.port(), RawHttp.request("GET", "/health", "", null));
        }
        assertEquals(503, over.status());
        assertEquals("5", over.header("Retry-After"));
        assertTrue(over.body().contains("overloaded"), over.body());
        for (Socket s : idle) {
            s.close();
        }
        Answer back = null;
        for (int i = 0; i < 50 && (back == null || back.status() != 200); i++) {
            Thread.sleep(100);
            back = RawHttp.exchange(h.service.port(), RawHttp.request("GET", "/health", "", null));
        }
        assertEquals(200, back.status());
    }

    @Test
    void beyondTheTurnCapATurnGets503WithRetryAfterAndRunsNothingUntilASlotIsFree() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        h = new ServiceHarness(b -> b.maxTurns(1).retryAfter(Duration.ofSeconds(7))).script((sid, msg, l) -> {
            if (sid.equals("slow")) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        CompletableFuture<HttpResponse<String>> slow = h.http.sendAsync(
                java.net.http.HttpRequest.newBuilder(h.uri("/process")).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(request("slow", "Script", "x")))
                        .build(), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 200 && h.calls.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertEquals(1, h.calls.size());

        HttpResponse<String> refused = h.post(request("other", "Script", "x"), null);
        assertEquals(503, refused.statusCode());
        assertEquals("7", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("\"code\":\"overloaded\""), refused.body());
        assertEquals(1, h.calls.size(), "a refused turn runs nothing");

        release.countDown();
        assertEquals("completed", events(slow.get(30, TimeUnit.SECONDS).body()).get(2).get("status").asText());
        HttpResponse<String> later = null;
        for (int i = 0; i < 100 && (later == null || later.statusCode() != 200); i++) { // the slot frees as it ends
            later = h.post(request("other", "Script", "x"), null);
            Thread.sleep(later.statusCode() == 200 ? 0 : 50);
        }
        assertEquals(200, later.statusCode());
        assertEquals("other", h.calls.get(1).sessionId());
    }

    @Test
    void aBodyThatIsNotJsonGets415AndRunsNothingWhileABodyWithoutAContentTypeIsStillRead() throws Exception {
        h = new ServiceHarness(b -> { });
        String body = request("demo", "Script", "x");
        for (String type : new String[] {"Content-Type: text/plain\r\n",
                "Content-Type: application/x-www-form-urlencoded\r\n",
                "Content-Type: application/json\r\nContent-Type: text/plain\r\n"}) {
            Answer a = RawHttp.exchange(h.service.port(), RawHttp.request("POST", "/process", type, body));
            assertEquals(415, a.status(), type);
            assertTrue(a.body().contains("unsupported_media_type"), a.body());
        }
        assertTrue(h.calls.isEmpty());
        assertEquals(200, RawHttp.exchange(h.service.port(), RawHttp.request("POST", "/process",
                "Content-Type: Application/JSON; charset=utf-8\r\n", body)).status());
        assertEquals(200, RawHttp.exchange(h.service.port(), RawHttp.request("POST", "/process", "", body)).status());
        assertEquals(2, h.calls.size());
    }

    @Test
    void theBearerSchemeIsCaseInsensitiveAndTheTokenExact() throws Exception {
        String token = "s3cret-Token";
        h = new ServiceHarness(b -> b.apiToken(token));
        String body = request("demo", "Script", "x");
        for (String ok : new String[] {"Bearer " + token, "bearer " + token, "BEARER   " + token}) {
            assertEquals(200, RawHttp.exchange(h.service.port(), RawHttp.request("POST", "/process",
                    "Authorization: " + ok + "\r\n", body)).status(), ok);
        }
        for (String bad : new String[] {"Bearer s3cret-token", "Bearer " + token + "x", "Bearer " + token + " x",
                "Bearer s3cret-Toke", "Bearer", "Bearer ", "Bearer" + token, "Basic " + token, token,
                "Bearer " + token + "\r\nAuthorization: Bearer " + token}) {
            Answer a = RawHttp.exchange(h.service.port(), RawHttp.request("POST", "/process",
                    "Authorization: " + bad + "\r\n", body));
            assertEquals(401, a.status(), bad);
            assertEquals("Bearer", a.header("WWW-Authenticate"));
        }
        assertEquals(3, h.calls.size());
    }

    @Test
    void aBodyDeclaredFarOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        h = new ServiceHarness(b -> b.maxBodyBytes(1024));
        Socket s = open(15_000);
        s.getOutputStream().write(("POST /process HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        Answer a = RawHttp.parse(RawHttp.readAll(s.getInputStream()));
        assertEquals(200, a.status()); // the refusal is the protocol's own stream, as for any bad request
        assertTrue(a.body().contains("payload_too_large"), a.body());
        assertTrue(h.calls.isEmpty());
    }

    @Test
    void hundredsOfSlowConnectionsHoldNoThreadsAndHealthStillAnswers() throws Exception {
        h = new ServiceHarness(b -> b.maxTurns(2).headerTimeout(Duration.ofSeconds(30)));
        for (int i = 0; i < 300; i++) {
            Socket s = open(1000);
            s.getOutputStream().write(("POST /process HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n"
                    + (i % 2 == 0 ? "X-Half: " : "\r\n{")).getBytes(StandardCharsets.US_ASCII));
        }
        Answer health = RawHttp.exchange(h.service.port(), RawHttp.request("GET", "/health", "", null));
        assertEquals(200, health.status());
        long httpThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("filmgen-http")).count();
        assertTrue(httpThreads <= 2 + FilmService.SPARE_THREADS, "threads: " + httpThreads);
    }

    @Test
    void pathTricksNeverReachAFileOutsideTheSignedLinks() throws Exception {
        h = new ServiceHarness(b -> { });
        for (String path : new String[] {"/files/../sessions/demo.json", "/files/%2e%2e/sessions/demo.json",
                "/files/..%2fsessions/demo.json", "/process/../health/../files/x"}) {
            int status = RawHttp.exchange(h.service.port(), RawHttp.request("GET", path, "", null)).status();
            assertFalse(status == 200, path + " answered 200");
        }
    }
}
