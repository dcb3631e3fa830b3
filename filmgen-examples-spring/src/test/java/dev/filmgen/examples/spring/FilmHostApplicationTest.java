package dev.filmgen.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.examples.client.AgentScopeClient;
import dev.filmgen.examples.client.StageWalkClient;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example host over real HTTP: the demo client's twelve stage requests against the starter's
 * {@code /process} on Spring MVC, each stream checked the way the demo client reads it, then the film downloaded
 * through its signed link and probed; the actuator reports filmgen healthy and counts the film.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class FilmHostApplicationTest {
    private static final int PORT = freePort();
    private static final Path HOME = tempDir();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("server.port", () -> PORT);
        r.add("filmgen.data-dir", HOME::toString);
        r.add("filmgen.web.link-secret", () -> "spring-host-test-secret-0123");
        r.add("filmgen.max-boards", () -> 1);
        r.add("filmgen.max-roles", () -> 1);
        r.add("filmgen.clip-seconds", () -> 2);
    }

    @Test
    void theDemoClientsTwelveStagesEndInADownloadableFilm() throws Exception {
        AgentScopeClient client = new AgentScopeClient(URI.create("http://127.0.0.1:" + PORT + "/process"), null);
        AtomicReference<String> film = new AtomicReference<>();
        List<String> statuses = new ArrayList<>();
        for (String stage : StageWalkClient.STAGES) {
            JsonNode last = client.send("spring-e2e", stage, "百炼椰汁", null, e -> {
                statuses.add(e.path("status").asText());
                for (JsonNode c : e.path("content")) {
                    if (c.path("data").has("video_url")) {
                        film.set(c.path("data").path("video_url").asText());
                    }
                }
            });
            assertThat(last.path("status").asText()).as(stage + ": " + last).isEqualTo("completed");
            assertThat(last.path("session_id").asText()).isEqualTo("spring-e2e");
        }
        assertThat(Set.copyOf(statuses)).isSubsetOf("created", "in_progress", "completed"); // what the demo client accepts
        assertThat(film.get()).startsWith("http://localhost:" + PORT + "/files/spring-e2e/");

        Path downloaded = HOME.resolve("downloaded.mp4");
        HttpResponse<Path> res = http.send(HttpRequest.newBuilder(URI.create(film.get())).build(),
                HttpResponse.BodyHandlers.ofFile(downloaded));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("content-type")).contains("video/mp4");
        MediaInfo info = new FfmpegProbe().probe(downloaded);
        assertThat(info.durationSeconds()).isGreaterThan(1.5);
        assertThat(info.video().orElseThrow().codec()).isEqualTo("h264");
        assertThat(info.audio()).isPresent();
        assertThat(get(film.get().replace("sig=", "sig=x")).statusCode()).isEqualTo(403);

        JsonNode health = json.readTree(get("http://127.0.0.1:" + PORT + "/actuator/health").body());
        assertThat(health.at("/components/filmgen/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/filmgen/details/provider").asText()).isEqualTo("offline");
        JsonNode films = json.readTree(get("http://127.0.0.1:" + PORT + "/actuator/metrics/filmgen.films").body());
        assertThat(films.at("/measurements/0/value").asDouble()).isEqualTo(1.0);
        JsonNode calls = json.readTree(get("http://127.0.0.1:" + PORT + "/actuator/metrics/filmgen.model.calls").body());
        assertThat(calls.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aMalformedRequestIsAFailedStreamAndNothingRuns() throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/process"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"input\":[]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        String[] events = res.body().split("\n\n");
        assertThat(events).hasSize(3);
        JsonNode last = json.readTree(events[2].substring("data: ".length()));
        assertThat(last.at("/status").asText()).isEqualTo("failed");
        assertThat(last.at("/error/code").asText()).isEqualTo("invalid_request");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("filmgen-spring-host");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
