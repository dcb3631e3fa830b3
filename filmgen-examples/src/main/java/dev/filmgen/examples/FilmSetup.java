package dev.filmgen.examples;

import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.FilmConfigLoader;
import dev.filmgen.config.StageConfig;
import dev.filmgen.dashscope.DashScopeDefaults;
import dev.filmgen.dashscope.DashScopeModels;
import dev.filmgen.dashscope.DashScopePrices;
import dev.filmgen.dashscope.DashScopeRegion;
import dev.filmgen.dashscope.ModelRouter;
import dev.filmgen.event.FilmListener;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.LlmClassifier;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.PixelBudget;
import dev.filmgen.model.ModelSet;
import dev.filmgen.offline.OfflineModels;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.SessionStore;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.WorkRoot;
import dev.filmgen.storage.oss.OssStorage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Wires a {@link FilmAgent} the way the example programs use it: DashScope models when
 * {@code DASHSCOPE_API_KEY} is set (and offline is not forced), the offline template models otherwise;
 * OSS storage when the {@code OSS_*} variables are set, a local store under the data folder otherwise;
 * sessions in PostgreSQL when {@code FILMGEN_JDBC_URL} is set, as JSON files under the data folder otherwise.
 * {@link #agentFor} makes agents with other board counts, shapes or seeds on the same storage and sessions.
 */
public final class FilmSetup implements AutoCloseable {
    private final Options options;
    private final FilmListener listener;
    private final PixelBudget pixels;
    private final FilmConfig config;
    private final Storage storage;
    private final SessionStore sessions;
    private final JdbcFilmBackend jdbc;
    private final String modelsLine;
    private final String storageLine;
    private final String sessionsLine;
    private final boolean online;
    private final FilmAgent agent;
    private final Map<List<Object>, FilmAgent> others = new ConcurrentHashMap<>();
    private final Path workPath;
    private final WorkRoot work;

    /**
     * What to wire.
     *
     * @param dataDir folder for sessions and local artifacts
     * @param config a config.json, or null for the defaults
     * @param forceOffline use the offline models even when a key is set
     * @param seed seed for the offline models and for model calls, or null
     * @param publicBaseUrl base URL for signed local links (the service), or null for file links
     * @param linkSecret secret for signing local links, or null
     * @param env the environment to read keys from
     * @param boards most boards, overriding the config, or null
     * @param roles most roles, overriding the config, or null
     * @param aspect {@code 16:9}, {@code 9:16} or {@code 1:1}, overriding the config, or null
     * @param budget most yuan a turn may spend on model calls, overriding the config, or null
     */
    public record Options(Path dataDir, Path config, boolean forceOffline, Long seed, String publicBaseUrl,
                          String linkSecret, Map<String, String> env, Integer boards, Integer roles,
                          String aspect, BigDecimal budget) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            env = env == null ? Map.of() : Map.copyOf(env);
        }

        /** Options without a budget of their own (the config's, if any, applies). */
        public Options(Path dataDir, Path config, boolean forceOffline, Long seed, String publicBaseUrl,
                       String linkSecret, Map<String, String> env, Integer boards, Integer roles, String aspect) {
            this(dataDir, config, forceOffline, seed, publicBaseUrl, linkSecret, env, boards, roles, aspect, null);
        }
    }

    /** The variable of the pixel budget (see {@link #pixelBudget}). */
    public static final String MAX_PIXELS_ENV = "FILMGEN_MAX_PICTURE_PIXELS";

    private FilmSetup(Options o, FilmListener listener) {
        this.options = o;
        this.listener = listener == null ? FilmListener.none() : listener;
        this.pixels = pixelBudget(o.env());
        this.workPath = workRoot(o.dataDir());
        FilmConfig base = o.config() == null ? FilmConfig.defaults() : FilmConfigLoader.load(o.config());
        String key = o.env().get(DashScopeDefaults.API_KEY_ENV);
        this.online = !o.forceOffline() && key != null && !key.isBlank();
        if (online) {
            this.config = base;
            DashScopeRegion region = DashScopeModels.builder().apiKey(key).environment(o.env()::get).build().region();
            this.modelsLine = "models: DashScope " + region.describe() + " (" + base.stage(Stage.SCRIPT).model() + ", "
                    + frameModels(base.stage(Stage.FIRST_FRAME_IMAGE)) + ", " + base.stage(Stage.VIDEO).model() + ", "
                    + base.stage(Stage.AUDIO).model() + "); prices: Model Studio list read " + DashScopePrices.READ_ON
                    + (base.prices().models().isEmpty() ? "" : ", with config \"prices\" over it");
        } else {
            this.config = OfflineModels.config(base);
            this.modelsLine = "models: offline template ad maker (no key; set DASHSCOPE_API_KEY for Bailian models)";
        }
        Optional<OssStorage> oss = OssStorage.fromEnvIfConfigured(o.env());
        if (oss.isPresent()) {
            this.storage = oss.get();
            this.storageLine = "storage: Alibaba Cloud OSS (" + o.env().get("OSS_BUCKET") + ")";
        } else {
            LocalStorage.Builder b = LocalStorage.builder().root(o.dataDir().resolve("artifacts"));
            if (o.publicBaseUrl() != null && o.linkSecret() != null) {
                b.publicBaseUrl(o.publicBaseUrl()).secret(o.linkSecret());
            }
            this.storage = b.build();
            this.storageLine = "storage: local folder " + o.dataDir().resolve("artifacts");
        }
        Optional<JdbcFilmBackend> db = JdbcFilmBackend.fromEnv(o.env());
        if (db.isPresent()) {
            this.jdbc = db.get();
            try {
                jdbc.migrate();
            } catch (RuntimeException e) {
                jdbc.close();
                throw e;
            }
            this.sessions = jdbc.sessionStore();
            this.sessionsLine = "sessions: PostgreSQL " + shown(o.env().get(JdbcFilmBackend.URL_ENV))
                    + (oss.isPresent() ? "" : " (artifacts stay on this machine: set the OSS_* variables when"
                    + " several machines share the work)");
        } else {
            this.jdbc = null;
            this.sessions = FileSessionStore.of(o.dataDir().resolve("sessions"));
            this.sessionsLine = "sessions: files in " + o.dataDir().resolve("sessions");
        }
        this.agent = build(o.boards(), o.roles(), o.aspect(), o.seed());
        this.work = WorkRoot.open(workPath);
    }

    /** Builds everything; {@code listener} receives every turn's events besides the per-call listener. */
    public static FilmSetup create(Options o, FilmListener listener) {
        return new FilmSetup(o, listener);
    }

    /**
     * An agent like {@link #agent()} but with other settings (null: this setup's), on the same storage and
     * sessions; made once per distinct settings and closed with the setup.
     */
    public FilmAgent agentFor(Integer boards, Integer roles, String aspect, Long seed) {
        List<Object> key = new ArrayList<>();
        key.add(boards);
        key.add(roles);
        key.add(aspect);
        key.add(seed);
        if (boards == null && roles == null && aspect == null && seed == null) {
            return agent;
        }
        return others.computeIfAbsent(key, k -> build(boards != null ? boards : options.boards(),
                roles != null ? roles : options.roles(), aspect != null ? aspect : options.aspect(),
                seed != null ? seed : options.seed()));
    }

    private FilmAgent build(Integer boards, Integer roles, String aspect, Long seedOverride) {
        long seed = seedOverride == null ? 20251125L : seedOverride;
        ModelRouter.Builder routes = ModelRouter.builder().route("offline",
                OfflineModels.builder().seed(seed).pixelBudget(pixels).workRoot(workPath).build());
        if (online) {
            ModelSet dash = DashScopeModels.builder().apiKey(options.env().get(DashScopeDefaults.API_KEY_ENV))
                    .environment(options.env()::get).build().modelSet();
            routes.dashScope(dash);
        }
        FilmConfig c = new FilmConfig(config.stages(), config.intentModel(),
                boards != null ? boards : config.maxBoards(), roles != null ? roles : config.maxRoles(),
                aspect != null ? aspect : config.aspect(), config.clipSeconds(),
                seedOverride != null ? seedOverride : config.seed(), config.filmStyle(), config.prices(),
                options.budget() != null ? options.budget() : config.budget());
        ModelRouter router = routes.build();
        router.validate(c);
        FfmpegProbe probe = new FfmpegProbe();
        FilmAgentBuilder b = FilmAgent.builder()
                .models(router.models())
                .handlers(BuiltinHandlers.all())
                .composer(FfmpegComposer.builder().probe(probe).workRoot(workPath).build())
                .probe(probe)
                .storage(storage)
                .sessionStore(sessions)
                .classifier(classifier(router, c))
                .config(c)
                .prices(DashScopePrices.list())
                .workDir(workPath)
                .pixelBudget(pixels)
                .listener(listener);
        if (jdbc != null) {
            jdbc.configure(b);
        }
        return b.build();
    }

    /**
     * The work root of a data folder ({@code <dataDir>/work}), claimed for this process: every temporary file of the
     * agent, the composer, the offline models and the service lives there and is deleted when its turn ends; what a
     * crashed process left (its folder, files of older versions) is swept now. ImageIO's disk cache, which leaves
     * {@code +~JF*.tmp} files in the system temp folder, is turned off for the whole program.
     */
    public static Path workRoot(Path dataDir) {
        ImageIO.setUseCache(false);
        Path root = dataDir.resolve("work");
        WorkRoot.at(root);
        sweepLegacyTemp();
        return root;
    }

    /** Removes what versions before the work root left in the system temp folder (older than an hour). */
    private static void sweepLegacyTemp() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Instant before = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tmp, "filmgen-{offline,compose,uploads}*")) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    WorkRoot.deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the system temp folder is not ours
        }
    }

    /** "wan2.2-t2i-plus + wan2.6-image with references, judged by qwen-vl-max", from the FirstFrameImage settings. */
    private static String frameModels(StageConfig frames) {
        Object reference = frames.options().get(StageConfig.REFERENCE_MODEL);
        Object judge = frames.options().get(StageConfig.JUDGE_MODEL);
        String s = frames.model();
        if (reference != null && !StageConfig.NONE.equals(reference.toString())) {
            s += " + " + reference + " with references";
        }
        if (judge != null && !StageConfig.NONE.equals(judge.toString())) {
            s += ", judged by " + judge;
        }
        return s;
    }

    /** The JDBC URL without credentials or parameters, for messages. */
    private static String shown(String url) {
        String u = url.trim();
        int q = u.indexOf('?');
        u = q < 0 ? u : u.substring(0, q);
        int at = u.lastIndexOf('@');
        int scheme = u.indexOf("//");
        return at > scheme && scheme >= 0 ? u.substring(0, scheme + 2) + u.substring(at + 1) : u;
    }

    /**
     * The pixel budget of every picture read: {@code FILMGEN_MAX_PICTURE_PIXELS} (default 40 000 000, at least
     * 1 000 000). A bad value is an {@link InvalidInputException} naming the variable.
     */
    public static PixelBudget pixelBudget(Map<String, String> env) {
        String v = env == null ? null : env.get(MAX_PIXELS_ENV);
        if (v == null || v.isBlank()) {
            return PixelBudget.defaults();
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < 1_000_000 || n > 1_000_000_000) {
                throw new InvalidInputException(MAX_PIXELS_ENV + " must be 1000000-1000000000, was " + n);
            }
            return PixelBudget.of(n);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(MAX_PIXELS_ENV + " must be a number of pixels, was '" + v + "'");
        }
    }

    /**
     * The rule-based classifier offline; with a real text model for {@code intent.model}, the LLM classifier,
     * which falls back to the rules whenever the model's answer is unusable.
     */
    private static Classifier classifier(ModelRouter router, FilmConfig config) {
        String model = config.intentModel();
        if (model == null || OfflineModels.MODEL_NAME.equals(model) || router.resolve(model).isEmpty()) {
            return new RuleClassifier();
        }
        return LlmClassifier.builder().model(router.models().text()).modelName(model)
                .fallback(new RuleClassifier()).build();
    }

    /** The agent with this setup's settings. */
    public FilmAgent agent() {
        return agent;
    }

    /** Where artifacts live. */
    public Storage storage() {
        return storage;
    }

    /** Where sessions live: files, or PostgreSQL with {@code FILMGEN_JDBC_URL}. */
    public SessionStore sessions() {
        return sessions;
    }

    /** The PostgreSQL backend when {@code FILMGEN_JDBC_URL} is set. */
    public Optional<JdbcFilmBackend> jdbc() {
        return Optional.ofNullable(jdbc);
    }

    /** Where session {@code id} is kept, for messages: its file, or its row in PostgreSQL. */
    public String sessionLocation(String id) {
        return sessions instanceof FileSessionStore f ? f.dir().resolve(id + ".json").toAbsolutePath().toString()
                : "PostgreSQL filmgen_session '" + id + "'";
    }

    /** One line saying which models are used. */
    public String modelsLine() {
        return modelsLine;
    }

    /** One line saying where artifacts are kept. */
    public String storageLine() {
        return storageLine;
    }

    /** One line saying where sessions are kept. */
    public String sessionsLine() {
        return sessionsLine;
    }

    /** Whether DashScope is used. */
    public boolean online() {
        return online;
    }

    @Override
    public void close() {
        others.values().forEach(FilmAgent::close);
        agent.close();
        storage.close();
        if (jdbc != null) {
            jdbc.close();
        }
        work.close(); // the last owner's close deletes this process's work folder
    }
}
