package dev.filmgen.examples;

import dev.filmgen.FilmAgent;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.FilmConfigLoader;
import dev.filmgen.dashscope.DashScopeDefaults;
import dev.filmgen.dashscope.DashScopeModels;
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
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.oss.OssStorage;
import dev.filmgen.storage.WorkRoot;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Wires a {@link FilmAgent} the way the example programs use it: DashScope models when
 * {@code DASHSCOPE_API_KEY} is set (and offline is not forced), the offline template models otherwise;
 * OSS storage when the {@code OSS_*} variables are set, a local store under the data folder otherwise;
 * sessions as JSON files under the data folder.
 *
 * @param agent the agent
 * @param storage where artifacts live
 * @param sessions the session store
 * @param modelsLine one line saying which models are used
 * @param storageLine one line saying where artifacts are kept
 * @param online whether DashScope is used
 * @param work the work root of the data folder, owned by this setup until it closes
 */
public record FilmSetup(FilmAgent agent, Storage storage, FileSessionStore sessions, String modelsLine,
                        String storageLine, boolean online, WorkRoot work) implements AutoCloseable {

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
     */
    public record Options(Path dataDir, Path config, boolean forceOffline, Long seed, String publicBaseUrl,
                          String linkSecret, Map<String, String> env, Integer boards, Integer roles,
                          String aspect) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            env = env == null ? Map.of() : Map.copyOf(env);
        }
    }

    /** The variable of the pixel budget (see {@link #pixelBudget}). */
    public static final String MAX_PIXELS_ENV = "FILMGEN_MAX_PICTURE_PIXELS";

    /** Builds everything; {@code listener} receives every turn's events besides the per-call listener. */
    public static FilmSetup create(Options o, FilmListener listener) {
        FilmConfig base = o.config() == null ? FilmConfig.defaults() : FilmConfigLoader.load(o.config());
        long seed = o.seed() == null ? 20251125L : o.seed();
        PixelBudget pixels = pixelBudget(o.env());
        Path work = workRoot(o.dataDir());
        ModelSet offline = OfflineModels.builder().seed(seed).pixelBudget(pixels).workRoot(work).build();
        String key = o.env().get(DashScopeDefaults.API_KEY_ENV);
        boolean online = !o.forceOffline() && key != null && !key.isBlank();
        FilmConfig config;
        ModelRouter.Builder routes = ModelRouter.builder().route("offline", offline);
        String modelsLine;
        if (online) {
            ModelSet dash = DashScopeModels.builder().apiKey(key).build().modelSet();
            routes.dashScope(dash);
            config = base;
            modelsLine = "models: DashScope (" + base.stage(dev.filmgen.stage.Stage.SCRIPT).model() + ", "
                    + base.stage(dev.filmgen.stage.Stage.FIRST_FRAME_IMAGE).model() + ", "
                    + base.stage(dev.filmgen.stage.Stage.VIDEO).model() + ", "
                    + base.stage(dev.filmgen.stage.Stage.AUDIO).model() + ")";
        } else {
            config = OfflineModels.config(base);
            modelsLine = "models: offline template ad maker (no key; set DASHSCOPE_API_KEY for Bailian models)";
        }
        config = new FilmConfig(config.stages(), config.intentModel(),
                o.boards() != null ? o.boards() : config.maxBoards(), o.roles() != null ? o.roles() : config.maxRoles(),
                o.aspect() != null ? o.aspect() : config.aspect(), config.clipSeconds(),
                o.seed() != null ? o.seed() : config.seed(), config.filmStyle());
        ModelRouter router = routes.build();
        router.validate(config);

        Storage storage;
        String storageLine;
        Optional<OssStorage> oss = OssStorage.fromEnvIfConfigured(o.env());
        if (oss.isPresent()) {
            storage = oss.get();
            storageLine = "storage: Alibaba Cloud OSS (" + o.env().get("OSS_BUCKET") + ")";
        } else {
            LocalStorage.Builder b = LocalStorage.builder().root(o.dataDir().resolve("artifacts"));
            if (o.publicBaseUrl() != null && o.linkSecret() != null) {
                b.publicBaseUrl(o.publicBaseUrl()).secret(o.linkSecret());
            }
            storage = b.build();
            storageLine = "storage: local folder " + o.dataDir().resolve("artifacts");
        }
        FileSessionStore sessions = FileSessionStore.of(o.dataDir().resolve("sessions"));
        FfmpegProbe probe = new FfmpegProbe();
        FilmAgent agent = FilmAgent.builder()
                .models(router.models())
                .handlers(BuiltinHandlers.all())
                .composer(FfmpegComposer.builder().probe(probe).workRoot(work).build())
                .probe(probe)
                .storage(storage)
                .sessionStore(sessions)
                .classifier(classifier(router, config))
                .config(config)
                .workDir(work)
                .pixelBudget(pixels)
                .listener(listener == null ? FilmListener.none() : listener)
                .build();
        return new FilmSetup(agent, storage, sessions, modelsLine, storageLine, online, WorkRoot.open(work));
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

    @Override
    public void close() {
        agent.close();
        storage.close();
        work.close(); // the last owner's close deletes this process's work folder
    }
}
