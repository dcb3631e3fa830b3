package dev.filmgen.store.jdbc.scale;

import dev.filmgen.FilmAgent;
import dev.filmgen.calls.Resilience;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.dashscope.DashScopeModels;
import dev.filmgen.dashscope.ModelRouter;
import dev.filmgen.offline.OfflineModels;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcFilmJobs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One filmgen instance in its own JVM for the process tests and {@link ScaleBenchmark}: an agent whose pictures
 * and clips come from Bailian's wan models (the {@link QuotaBailian} fake, with the account's quotas) and whose
 * text and voice are offline, sessions, journal, quotas and jobs in PostgreSQL ({@code FILMGEN_JDBC_*}), artifacts
 * in a folder every instance shares; it works film jobs of one queue until none is left unfinished, then exits.
 * Arguments: {@code --api URL --storage DIR --work DIR --queue Q --instance NAME [--workers N] [--lease-ms MS]}.
 */
public final class ScaleWorker {
    static final String T2I = "wan2.2-t2i-plus";
    static final String I2V = "wan2.2-i2v-plus";

    private ScaleWorker() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(JdbcFilmBackend.INSTANCE_ENV, a.get("--instance"));
        JdbcFilmBackend backend = JdbcFilmBackend.fromEnv(env).orElseThrow(
                () -> new IllegalStateException("FILMGEN_JDBC_URL is not set"));
        backend.migrate();
        try (FilmAgent agent = agent(backend, a.get("--api"), Path.of(a.get("--storage")), Path.of(a.get("--work")));
             JdbcFilmJobs jobs = JdbcFilmJobs.builder().backend(backend).agent(agent).queues(a.get("--queue"))
                     .workers(Integer.parseInt(a.getOrDefault("--workers", "1")))
                     .leaseTtl(Duration.ofMillis(Long.parseLong(a.getOrDefault("--lease-ms", "30000"))))
                     .pollInterval(Duration.ofMillis(200)).build()) {
            jobs.start();
            int quiet = 0;
            while (quiet < 3) {
                Thread.sleep(300);
                boolean open = jobs.jobs(a.get("--queue")).stream().anyMatch(j -> !j.status().finished());
                quiet = open ? 0 : quiet + 1;
            }
            long mine = jobs.jobs(a.get("--queue")).stream()
                    .filter(j -> j.status() == FilmJob.Status.DONE && backend.instanceId().equals(j.owner())).count();
            System.out.println("worker " + backend.instanceId() + " finished; it made " + mine + " film(s)");
        } finally {
            backend.close();
        }
    }

    /** Pictures and clips from the fake's wan models at 2 per second and 2 at once; text and voice offline. */
    static FilmAgent agent(JdbcFilmBackend backend, String api, Path storage, Path work) {
        DashScopeModels bailian = DashScopeModels.builder().apiKey("sk-scale-test").baseUrl(api)
                .environment(name -> null).pollInterval(Duration.ofMillis(100)).maxPollInterval(Duration.ofMillis(150))
                .imageDeadline(Duration.ofMinutes(5)).videoDeadline(Duration.ofMinutes(10)).build();
        ModelRouter router = ModelRouter.builder().route(OfflineModels.MODEL_NAME, OfflineModels.create(7))
                .dashScope(bailian.modelSet()).build();
        FilmConfig config = config(2);
        router.validate(config);
        FfmpegProbe probe = new FfmpegProbe();
        return backend.configure(FilmAgent.builder())
                .models(router.models())
                .handlers(BuiltinHandlers.all())
                .composer(FfmpegComposer.builder().probe(probe).workRoot(work.resolve("compose")).build())
                .probe(probe)
                .storage(LocalStorage.builder().root(storage).build())
                .config(config)
                .workDir(work.resolve("turns"))
                .resilience(Resilience.defaults().withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2)))
                .build();
    }

    /** Offline text and voice, wan pictures (product picture, portraits, first frames) and clips; no roles. */
    static FilmConfig config(int boards) {
        FilmConfig offline = OfflineModels.config(FilmConfig.defaults());
        Map<Stage, StageConfig> stages = new EnumMap<>(offline.stages());
        for (Stage s : new Stage[] {Stage.FIRST_FRAME_IMAGE, Stage.ROLE_IMAGE, Stage.VIDEO}) {
            StageConfig c = stages.get(s);
            stages.put(s, new StageConfig(s == Stage.VIDEO ? I2V : T2I, c.t2iModel(), c.vlModel(), 2, 2, c.options()));
        }
        StageConfig script = stages.get(Stage.SCRIPT);
        stages.put(Stage.SCRIPT, new StageConfig(script.model(), T2I, script.vlModel(), script.limits(),
                script.options()));
        return new FilmConfig(stages, offline.intentModel(), boards, 0, "16:9", offline.clipSeconds(), 7L,
                offline.filmStyle());
    }
}
