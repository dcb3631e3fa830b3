package dev.filmgen.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.examples.client.AgentScopeClient;
import dev.filmgen.examples.client.StageWalkClient;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.model.ModelSet;
import dev.filmgen.offline.OfflineCopywriter;
import dev.filmgen.protocol.AgentTurns;
import dev.filmgen.protocol.ImagePolicy;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.storage.LocalStorage;
import java.net.InetSocketAddress;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * The twelve stages over real HTTP with the real FilmAgent, handlers, storage, session files and FFmpeg
 * composer (tiny real media models instead of paid ones), with service restarts between stages, ending
 * in a film downloaded through its signed link and probed.
 */
class ServiceEndToEndTest {
    private static final String SECRET = "end-to-end-secret-0123456789";
    @TempDir
    Path home;

    /** One running service and its agent. */
    private final class Running implements AutoCloseable {
        final FilmAgent agent;
        final FilmService service;

        Running(int port, TinyMediaModels media) {
            LocalStorage storage = LocalStorage.builder().root(home.resolve("artifacts"))
                    .publicBaseUrl("http://127.0.0.1:" + port + "/files").secret(SECRET).build();
            FilmConfig d = FilmConfig.defaults();
            agent = FilmAgent.builder()
                    .models(new ModelSet(new OfflineCopywriter(7), media.image(), media.video(), media.speech(), null))
                    .storage(storage).composer(FfmpegComposer.builder().workRoot(home.resolve("work")).build())
                    .probe(new FfmpegProbe()).sessionStore(FileSessionStore.of(home.resolve("sessions")))
                    .classifier(new RuleClassifier()).handlers(BuiltinHandlers.all()).modelLimits(ModelLimits.create())
                    .config(new FilmConfig(d.stages(), d.intentModel(), 2, 1, d.aspect(), 2, 7L, d.filmStyle()))
                    .workDir(home.resolve("work")).build();
            service = FilmService.builder().host("127.0.0.1").port(port).executor(AgentTurns.of(agent))
                    .imagePolicy(ImagePolicy.defaults().withAllowPrivateAddresses(true)).uploads(home.resolve("uploads"))
                    .storage(storage).verifier(storage.signer().orElseThrow()::verify).build().start();
        }

        @Override
        public void close() {
            service.close();
            agent.close();
        }
    }

    @Test
    void twelveStagesWithRestartsEndInADownloadableFilm() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(home.resolve("media"));
        TinyMediaModels media = new TinyMediaModels(home.resolve("media"));
        AgentScopeClient client = new AgentScopeClient(URI.create("http://127.0.0.1:" + port + "/process"), null);
        AtomicReference<String> film = new AtomicReference<>();
        List<String> scriptText = new ArrayList<>();
        List<String> stages = StageWalkClient.STAGES;
        HttpServer shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/bottle.png", ex -> {
            ex.getResponseHeaders().set("Content-Type", "image/png");
            ex.sendResponseHeaders(200, ProductImageTest.PNG.length);
            try (ex) {
                ex.getResponseBody().write(ProductImageTest.PNG);
            }
        });
        shop.start();
        String photo = "http://127.0.0.1:" + shop.getAddress().getPort() + "/bottle.png";
        Running running = new Running(port, media);
        try {
            for (int i = 0; i < stages.size(); i++) {
                if (i == 6 || i == 9) { // restarts before FirstFrameImage and before Line
                    running.close();
                    running = new Running(port, media);
                }
                String stage = stages.get(i);
                JsonNode last = client.send("e2e", stage, "百炼椰汁", i == 0 ? photo : null, e -> {
                    // the demo client fails a stage on any status outside these three
                    assertTrue(Set.of("created", "in_progress", "completed").contains(e.path("status").asText()),
                            stage + ": " + e);
                    for (JsonNode c : e.path("content")) {
                        if (c.path("data").has("video_url")) {
                            film.set(c.path("data").path("video_url").asText());
                        }
                        if (stage.equals("Script") && "completed".equals(e.path("status").asText())
                                && "content".equals(e.path("object").asText())) {
                            scriptText.add(c.asText());
                        }
                    }
                    if (stage.equals("Script") && "content".equals(e.path("object").asText())
                            && !e.path("delta").asBoolean()) {
                        scriptText.add(e.path("text").asText());
                    }
                });
                assertEquals("completed", last.path("status").asText(), stage + ": " + last);
                if (stage.equals("Video")) { // the final response adds up what the turn paid for
                    JsonNode usage = last.path("usage");
                    assertEquals(2, usage.path("calls").asInt(), "two clips: " + usage);
                    assertTrue(usage.path("units").path("video_seconds_1080P").asLong() > 0, usage.toString());
                    assertEquals("wan2.2-i2v-plus", usage.path("unpriced_models").path(0).asText(),
                            "this agent has no prices: " + usage);
                } else if (stage.equals("Film")) {
                    assertTrue(last.path("usage").isNull(), "composing pays for no model call: " + last.path("usage"));
                }
                if (i == 0) {
                    String saved = running.agent.session("e2e").orElseThrow().topic().productImage().storageKey();
                    assertTrue(saved.startsWith("e2e/topic/product-photo-"), "stored with the session: " + saved);
                }
            }
        } finally {
            running.close();
            shop.stop(0);
        }
        assertTrue(!scriptText.isEmpty() && !scriptText.get(0).isBlank(), "the Script stage streamed no text");
        assertEquals(2, media.clips.get(), "clips were paid for again after the restart");
        assertEquals(2, media.voices.get());
        assertTrue(film.get() != null && film.get().contains("/files/e2e/"), String.valueOf(film.get()));

        try (Running again = new Running(port, media)) { // links stay valid across restarts with the same secret
            HttpResponse<Path> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(film.get())).build(),
                    HttpResponse.BodyHandlers.ofFile(home.resolve("downloaded.mp4")));
            assertEquals(200, res.statusCode());
        }
        MediaInfo info = new FfmpegProbe().probe(home.resolve("downloaded.mp4"));
        assertTrue(info.durationSeconds() >= 2.4, "film too short: " + info);
        assertEquals("h264", info.video().orElseThrow().codec());
        assertTrue(info.audio().isPresent(), "film has no audio: " + info);
    }
}
