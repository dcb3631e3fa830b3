package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.events;
import static dev.filmgen.examples.service.ServiceHarness.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.FilmAgent;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.StorageFullException;
import dev.filmgen.stage.Stage;
import dev.filmgen.protocol.AgentTurns;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.FullDiskStorage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over real HTTP: a failure's code names its cause; its words name the request but hold back paths and logs. */
class ClientSafeErrorsTest {

    @Test
    void aFullDiskEndsTheStreamWithStorageFullAndAMessageNamingTheResponseId() throws Exception {
        try (FilmAgent agent = Agents.builder(new FakeModels()).storage(new FullDiskStorage(Stage.VIDEO)).build();
             FilmService service = FilmService.builder().host("127.0.0.1").port(0).executor(AgentTurns.of(agent))
                     .ids(() -> "r1").linker(a -> "http://files.test/" + a.storageKey()).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + service.port() + "/process");
            http.send(post(uri, request("full", "message", "lamp")), HttpResponse.BodyHandlers.ofString());
            String body = http.send(post(uri, request("full", "message", "make the film")),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

            List<JsonNode> ev = events(body);
            JsonNode end = ev.get(ev.size() - 1);
            assertEquals("failed", end.get("status").asText());
            assertEquals("storage_full", end.get("error").get("code").asText());
            String message = end.get("error").get("message").asText();
            assertTrue(message.contains("the server's storage is full") && message.contains("(request response_r1)"),
                    message);
            assertFalse(body.contains("/srv/") || body.contains("No space left"), body);
        }
    }

    @Test
    void aTurnFailureOutsideAnyStageIsCodedAndCleanedToo() throws Exception {
        try (ServiceHarness h = new ServiceHarness(b -> { })) {
            h.script((sid, msg, l) -> {
                throw new StorageFullException("cannot write session file /var/lib/filmgen/sessions/s.json: "
                        + "java.io.IOException: No space left on device", null);
            });
            JsonNode end = last(h.post(request("s", "Script", "x"), null).body());
            assertEquals("storage_full", end.get("error").get("code").asText());
            assertEquals("the server's storage is full; what was made before is kept, try again later "
                    + "(request response_1)", end.get("error").get("message").asText());

            h.script((sid, msg, l) -> {
                throw new NonRetriableException("composing /var/lib/filmgen/work/turn-1/film.mp4 failed: Invalid "
                        + "argument (-22)\nFFmpeg log (last lines):\n[libopenh264 @ 0x7f] frame size mismatch");
            });
            end = last(h.post(request("s", "Film", "x"), null).body());
            assertEquals("failed", end.get("error").get("code").asText());
            assertEquals("composing film.mp4 failed: Invalid argument (-22) (request " + end.get("id").asText() + ")",
                    end.get("error").get("message").asText());
        }
    }

    private static JsonNode last(String body) throws Exception {
        List<JsonNode> ev = events(body);
        return ev.get(ev.size() - 1);
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
