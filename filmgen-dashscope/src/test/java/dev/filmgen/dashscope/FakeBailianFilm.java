package dev.filmgen.dashscope;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.calls.CallLimiter;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Resilience;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.Storage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** A running {@link FakeBailianService} and agents wired to it: the Bailian adapters, FFmpeg, a file session store. */
public final class FakeBailianFilm implements AutoCloseable {
    private final WireMockServer server;
    private final FakeBailianService fake;

    public FakeBailianFilm(FakeBailianService fake, FakeBailianMedia media) {
        this.fake = fake;
        this.server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40).extensions(fake));
        server.start();
        fake.install(server::stubFor, server.baseUrl(), media);
    }

    public FakeBailianService fake() {
        return fake;
    }

    /** The stand-in's native API base, for {@code DashScopeModels.builder().baseUrl(...)}. */
    public String apiBase() {
        return server.baseUrl() + "/api/v1";
    }

    /** DashScope ports on the stand-in with tiny poll intervals. */
    public DashScopeModels models() {
        return DashScopeModels.builder().apiKey("sk-fake-bailian").baseUrl(apiBase()).environment(n -> null)
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(5)).maxPollInterval(Duration.ofMillis(40))
                .imageDeadline(Duration.ofMinutes(2)).videoDeadline(Duration.ofMinutes(2)).build();
    }

    /** An agent on the stand-in with {@code storage}, {@code config}, a file session store and {@code limiter}. */
    public FilmAgentBuilder agent(Path work, Storage storage, FilmConfig config, CallLimiter limiter) {
        return models().agentBuilder().config(config).storage(storage)
                .composer(FfmpegComposer.builder().workRoot(work.resolve("compose")).build())
                .probe(new FfmpegProbe())
                .sessionStore(FileSessionStore.of(work.resolve("sessions")))
                .callLimiter(limiter)
                .resilience(Resilience.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)))
                .workDir(work.resolve("turns"));
    }

    /** An agent with a fresh in-process limiter on unscaled time. */
    public FilmAgent agent(Path work, Storage storage, FilmConfig config) {
        return agent(work, storage, config, ModelLimits.create()).build();
    }

    /** The defaults with {@code boards} boards, one role, a fixed seed and {@code stage}'s model replaced. */
    public static FilmConfig config(int boards, Stage stage, String model) {
        FilmConfig d = FilmConfig.defaults();
        Map<Stage, StageConfig> m = new EnumMap<>(d.stages());
        if (stage != null) {
            m.put(stage, m.get(stage).withModel(model));
        }
        return new FilmConfig(m, d.intentModel(), boards, 1, d.aspect(), d.clipSeconds(), 5L, d.filmStyle());
    }

    /** Every request the server received on {@code path}. */
    public java.util.List<com.github.tomakehurst.wiremock.verification.LoggedRequest> serverRequests(String path) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(path)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
