package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.emit;
import static dev.filmgen.examples.service.ServiceHarness.events;
import static dev.filmgen.examples.service.ServiceHarness.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.stage.Stage;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Different sessions run side by side, one session's turns run one at a time, and a vanished client loses nothing. */
class TurnConcurrencyTest {
    private static final long WAIT = 60;
    private ServiceHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String body) {
        return h.http.sendAsync(java.net.http.HttpRequest.newBuilder(h.uri("/process"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void twoSessionsRunAtTheSameTime() throws Exception {
        CyclicBarrier both = new CyclicBarrier(2);
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> {
            try {
                both.await(WAIT, TimeUnit.SECONDS); // only passes when the other session's turn is running too
            } catch (Exception e) {
                throw new IllegalStateException("the two sessions did not run concurrently", e);
            }
            emit(l, new FilmEvent.Reply(sid, "done " + sid));
        });
        CompletableFuture<HttpResponse<String>> a = postAsync(request("alpha", "Script", "x"));
        CompletableFuture<HttpResponse<String>> b = postAsync(request("beta", "Script", "y"));
        for (CompletableFuture<HttpResponse<String>> f : List.of(a, b)) {
            var ev = events(f.get(WAIT, TimeUnit.SECONDS).body());
            assertEquals("completed", ev.get(ev.size() - 1).get("status").asText());
        }
    }

    @Test
    void turnsOfOneSessionRunOneAfterAnother() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> {
            boolean same = sid.equals("same");
            if (same) {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            }
            try {
                if (msg.text().equals("first")) {
                    firstStarted.countDown();
                    releaseFirst.await(WAIT, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (same) {
                    inside.decrementAndGet();
                }
            }
        });
        CompletableFuture<HttpResponse<String>> first = postAsync(request("same", "Script", "first"));
        assertTrue(firstStarted.await(WAIT, TimeUnit.SECONDS));
        CompletableFuture<HttpResponse<String>> second = postAsync(request("same", "Storyboard", "second"));
        CompletableFuture<HttpResponse<String>> other = postAsync(request("other", "Storyboard", "other"));
        other.get(WAIT, TimeUnit.SECONDS); // another session is not held up by the blocked one
        assertEquals(List.of("first", "other"), h.calls.stream().map(c -> c.message().text()).toList());
        releaseFirst.countDown();
        first.get(WAIT, TimeUnit.SECONDS);
        second.get(WAIT, TimeUnit.SECONDS);
        assertEquals(List.of("first", "other", "second"), h.calls.stream().map(c -> c.message().text()).toList());
        assertEquals(1, most.get(), "two turns of one session overlapped");
    }

    @Test
    void aClientThatDisconnectsDoesNotStopTheTurn() throws Exception {
        CountDownLatch clientGone = new CountDownLatch(1);
        CountDownLatch turnFinished = new CountDownLatch(1);
        AtomicInteger emitted = new AtomicInteger();
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> {
            try {
                clientGone.await(WAIT, TimeUnit.SECONDS);
                for (int i = 0; i < 2000; i++) { // enough output to hit the closed socket
                    l.onEvent(new FilmEvent.TextDelta(sid, Stage.SCRIPT, "text after the client left " + i));
                    emitted.incrementAndGet();
                }
                l.onEvent(new FilmEvent.StageDone(sid, Stage.SCRIPT, "all of it", 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                turnFinished.countDown();
            }
        });
        String body = request("leaving", "Script", "x");
        try (Socket s = new Socket("127.0.0.1", h.service.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /process HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String seen = "";
            byte[] buf = new byte[4096];
            while (!seen.contains("in_progress")) {
                int n = in.read(buf);
                assertTrue(n > 0, "stream ended early: " + seen);
                seen += new String(buf, 0, n, StandardCharsets.UTF_8);
            }
        }
        clientGone.countDown();
        assertTrue(turnFinished.await(WAIT, TimeUnit.SECONDS));
        assertEquals(2000, emitted.get());
        assertEquals("leaving", h.calls.get(0).sessionId());
        var ev = events(h.post(request("leaving", "Script", "again"), null).body());
        assertEquals("completed", ev.get(ev.size() - 1).get("status").asText()); // the session is free again
    }
}
