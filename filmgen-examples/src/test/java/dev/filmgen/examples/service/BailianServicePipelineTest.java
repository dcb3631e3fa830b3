package dev.filmgen.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.dashscope.FakeBailianFilm;
import dev.filmgen.dashscope.FakeBailianMedia;
import dev.filmgen.dashscope.FakeBailianService;
import dev.filmgen.examples.client.AgentScopeClient;
import dev.filmgen.examples.client.StageWalkClient;
import dev.filmgen.protocol.AgentTurns;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's first film with a real key, as the example service makes it: local storage whose links point at this
 * machine, and a stand-in Bailian on WireMock that refuses links it could not fetch and enforces every documented
 * quota, {@code qwen-tts} at 10 requests per minute included (time runs {@value #SCALE} times faster on both sides).
 * All twelve stages complete over HTTP, the film is downloaded and probed, and no request was over a quota.
 */
class BailianServicePipelineTest {
    private static final double SCALE = 20;
    private static final String SECRET = "bailian-pipeline-secret-0123456789";

    @TempDir
    Path home;

    @Test
    void aFourBoardFilmWithLocalStorageIsMadeWithoutARequestOverAQuotaOrALinkBailianCannotFetch() throws Exception {
        Files.createDirectories(home.resolve("media"));
        FakeBailianService bailian = FakeBailianService.builder().boards(4).timeScale(SCALE)
                .documentedQuotas("qwen-max", "wan2.2-t2i-plus", "wan2.6-image", "qwen-vl-max", "wan2.2-i2v-plus",
                        "qwen-tts")
                .imageLatency(() -> 20).videoLatency(() -> 60).syncLatency(() -> 5).build();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LocalStorage storage = LocalStorage.builder().root(home.resolve("artifacts"))
                .publicBaseUrl("http://127.0.0.1:" + port + "/files").secret(SECRET).build();
        AtomicReference<String> filmLink = new AtomicReference<>();
        try (FakeBailianFilm film = new FakeBailianFilm(bailian, FakeBailianMedia.make(home.resolve("media")));
             FilmAgent agent = film.agent(home, storage, FakeBailianFilm.config(4, Stage.AUDIO, "qwen-tts"),
                     ModelLimits.scaled(SCALE)).build();
             FilmService service = FilmService.builder().host("127.0.0.1").port(port).executor(AgentTurns.of(agent))
                     .uploads(home.resolve("uploads")).storage(storage)
                     .verifier(storage.signer().orElseThrow()::verify).build().start()) {
            AgentScopeClient client = new AgentScopeClient(URI.create("http://127.0.0.1:" + port + "/process"), null);
            for (String stage : StageWalkClient.STAGES) {
                JsonNode last = client.send("bailian", stage, "a red kettle for busy mornings", null, e -> {
                    for (JsonNode c : e.path("content")) {
                        if (c.path("data").has("video_url")) {
                            filmLink.set(c.path("data").path("video_url").asText());
                        }
                    }
                });
                assertEquals("completed", last.path("status").asText(), stage + ": " + last);
            }
            assertEquals(List.of(), bailian.overLimit(), "requests over a quota");
            assertEquals(List.of(), bailian.rejectedUrls(), "pictures Bailian could not fetch");
            assertEquals(4, bailian.accepted("qwen-tts"), "one voice per board");
            assertEquals(4, bailian.accepted("wan2.2-i2v-plus"), "one clip per board");
            assertTrue(filmLink.get() != null && filmLink.get().startsWith("http://127.0.0.1:" + port + "/files/"),
                    String.valueOf(filmLink.get()));
            HttpResponse<Path> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(filmLink.get()))
                    .build(), HttpResponse.BodyHandlers.ofFile(home.resolve("film.mp4")));
            assertEquals(200, res.statusCode());
        }
        MediaInfo info = new FfmpegProbe().probe(home.resolve("film.mp4"));
        assertTrue(info.durationSeconds() >= 4 * 1.5, "film too short: " + info);
        assertEquals("h264", info.video().orElseThrow().codec());
        assertTrue(info.audio().isPresent(), "film has no audio: " + info);
    }
}
