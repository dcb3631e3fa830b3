package dev.filmgen;

import dev.filmgen.calls.CallLimiter;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Resilience;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.concurrent.DaemonThreadFactory;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.cost.PriceList;
import dev.filmgen.event.FilmListener;
import dev.filmgen.handler.Handler;
import dev.filmgen.intent.Classifier;
import dev.filmgen.internal.runner.StageModels;
import dev.filmgen.media.PixelBudget;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VisionModel;
import dev.filmgen.session.InMemorySessionStore;
import dev.filmgen.session.SessionStore;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.storage.Storage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;

/**
 * Fluent builder of a {@link FilmAgent}. Collaborators are given explicitly; {@link #build()} checks them,
 * naming the missing field, and does no I/O. The setters come in groups, in this order:
 * <ol>
 *   <li>models: {@link #models}, one port ({@link #textModel(TextModel)}…) or one port for one stage;</li>
 *   <li>storage, media and sessions: {@link #storage} and {@link #composer} (required), {@link #probe},
 *       {@link #workDir}, {@link #sessionStore}, {@link #remoteMediaPolicy}, {@link #maxResultBytes},
 *       {@link #pixelBudget};</li>
 *   <li>conversation: {@link #config}, {@link #classifier}, {@link #listener}, {@link #clock};</li>
 *   <li>cost: {@link #prices}, {@link #budget};</li>
 *   <li>limits and resilience: {@link #callLimiter} (or {@link #modelLimits}), {@link #resilience},
 *       {@link #turnDeadline}, {@link #executor};</li>
 *   <li>handlers: {@link #handlers}, {@link #handler}, {@link #wrapHandler} on top of
 *       {@link BuiltinHandlers#all()}.</li>
 * </ol>
 */
public final class FilmAgentBuilder {
    // models
    ModelSet models = new ModelSet(null, null, null, null, null);
    final Map<Stage, ModelSet> stageModels = new EnumMap<>(Stage.class);
    // storage, media and sessions
    Storage storage;
    Composer composer;
    MediaProbe probe;
    Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "filmgen-work");
    SessionStore sessionStore = new InMemorySessionStore();
    RemoteMediaPolicy remoteMediaPolicy = RemoteMediaPolicy.productPhotos();
    long maxResultBytes = RemoteMediaPolicy.modelResults().maxBytes();
    PixelBudget pixelBudget = PixelBudget.defaults();
    // conversation
    FilmConfig config = FilmConfig.defaults();
    Classifier classifier;
    FilmListener listener = FilmListener.none();
    Clock clock = Clock.systemUTC();
    // cost
    PriceList prices = PriceList.empty();
    BigDecimal budget;
    boolean budgetSet;
    // limits and resilience
    CallLimiter callLimiter = ModelLimits.shared();
    Resilience resilience = Resilience.defaults();
    Duration turnDeadline = Duration.ofHours(2);
    Duration turnGrace = Duration.ofSeconds(30);
    ExecutorService executor;
    // handlers
    final Map<Stage, Handler> handlers = new EnumMap<>(Stage.class);
    final Map<Stage, Handler> replaced = new EnumMap<>(Stage.class);
    final Map<Stage, List<UnaryOperator<Handler>>> wrappers = new EnumMap<>(Stage.class);

    FilmAgentBuilder() {
    }

    // ---- models: which model serves each port, for every stage or for one ----

    /** All five model ports at once (a provider preset); single-port setters below override it. */
    public FilmAgentBuilder models(ModelSet models) {
        this.models = Objects.requireNonNull(models, "models");
        return this;
    }

    /** The text model of every text stage (overrides the preset given to {@link #models}). */
    public FilmAgentBuilder textModel(TextModel m) {
        models = new ModelSet(m, models.image(), models.video(), models.speech(), models.vision());
        return this;
    }

    /** The image model of RoleImage, FirstFrameImage and Script's product picture. */
    public FilmAgentBuilder imageModel(ImageModel m) {
        models = new ModelSet(models.text(), m, models.video(), models.speech(), models.vision());
        return this;
    }

    /** The video model of the Video stage. */
    public FilmAgentBuilder videoModel(VideoModel m) {
        models = new ModelSet(models.text(), models.image(), m, models.speech(), models.vision());
        return this;
    }

    /** The speech model of the Audio stage. */
    public FilmAgentBuilder speechModel(SpeechModel m) {
        models = new ModelSet(models.text(), models.image(), models.video(), m, models.vision());
        return this;
    }

    /** The vision model that reads the user's product photo (optional). */
    public FilmAgentBuilder visionModel(VisionModel m) {
        models = new ModelSet(models.text(), models.image(), models.video(), models.speech(), m);
        return this;
    }

    /** The text model for one stage only. */
    public FilmAgentBuilder textModel(Stage stage, TextModel m) {
        ModelSet o = override(stage);
        stageModels.put(stage, new ModelSet(m, o.image(), o.video(), o.speech(), o.vision()));
        return this;
    }

    /** The image model for one stage only. */
    public FilmAgentBuilder imageModel(Stage stage, ImageModel m) {
        ModelSet o = override(stage);
        stageModels.put(stage, new ModelSet(o.text(), m, o.video(), o.speech(), o.vision()));
        return this;
    }

    /** The video model for one stage only. */
    public FilmAgentBuilder videoModel(Stage stage, VideoModel m) {
        ModelSet o = override(stage);
        stageModels.put(stage, new ModelSet(o.text(), o.image(), m, o.speech(), o.vision()));
        return this;
    }

    /** The speech model for one stage only. */
    public FilmAgentBuilder speechModel(Stage stage, SpeechModel m) {
        ModelSet o = override(stage);
        stageModels.put(stage, new ModelSet(o.text(), o.image(), o.video(), m, o.vision()));
        return this;
    }

    /** The vision model for one stage only. */
    public FilmAgentBuilder visionModel(Stage stage, VisionModel m) {
        ModelSet o = override(stage);
        stageModels.put(stage, new ModelSet(o.text(), o.image(), o.video(), o.speech(), m));
        return this;
    }

    private ModelSet override(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        return stageModels.getOrDefault(stage, new ModelSet(null, null, null, null, null));
    }

    // ---- storage, media and sessions: where results, scratch files and conversations are kept ----

    /** Where produced media is copied (required; for example {@code LocalStorage}). */
    public FilmAgentBuilder storage(Storage storage) {
        this.storage = storage;
        return this;
    }

    /** Composes the finished film (required; for example the FFmpeg composer). */
    public FilmAgentBuilder composer(Composer composer) {
        this.composer = composer;
        return this;
    }

    /** Measures narration audio (optional; without it voice durations stay unknown until composition). */
    public FilmAgentBuilder probe(MediaProbe probe) {
        this.probe = probe;
        return this;
    }

    /** Parent folder of each turn's scratch folder (default: the system temp folder). */
    public FilmAgentBuilder workDir(Path workDir) {
        this.workDir = workDir;
        return this;
    }

    /** Where sessions live (default: in memory). */
    public FilmAgentBuilder sessionStore(SessionStore store) {
        this.sessionStore = store;
        return this;
    }

    /**
     * What a user's http(s) product photo may be fetched from (default {@link RemoteMediaPolicy#productPhotos()}:
     * public addresses only, 20 MB, PNG/JPEG/WebP). Loosen it only for trusted input, e.g. tests on 127.0.0.1.
     */
    public FilmAgentBuilder remoteMediaPolicy(RemoteMediaPolicy policy) {
        this.remoteMediaPolicy = policy;
        return this;
    }

    /** The largest model result (picture, clip, audio) downloaded from a provider's URL (default 1 GiB). */
    public FilmAgentBuilder maxResultBytes(long max) {
        this.maxResultBytes = max;
        return this;
    }

    /**
     * How many pixels a product photo may have (default {@link PixelBudget#defaults()}, 40 megapixels), read from its
     * header before anything is decoded; a larger photo fails the turn with {@code invalid_input}.
     */
    public FilmAgentBuilder pixelBudget(PixelBudget budget) {
        this.pixelBudget = budget;
        return this;
    }

    // ---- conversation: what a film is made of and how messages are understood ----

    /** Stage models, limits and film settings (default: {@link FilmConfig#defaults()}, the demo's). */
    public FilmAgentBuilder config(FilmConfig config) {
        this.config = config;
        return this;
    }

    /** Decides free-text messages (optional: without one, text starts a topic, then makes the film). */
    public FilmAgentBuilder classifier(Classifier classifier) {
        this.classifier = classifier;
        return this;
    }

    /** Receives every turn's events, besides the listener of each call. */
    public FilmAgentBuilder listener(FilmListener listener) {
        this.listener = listener;
        return this;
    }

    /** The clock of session and turn times (default: the system UTC clock; tests pass a fixed one). */
    public FilmAgentBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    // ---- limits and resilience: how fast, how often retried, how long a turn may run, on which threads ----

    /**
     * What admits model calls within each model's quota (default: the process-wide {@link ModelLimits#shared()}).
     * Plug a limiter shared by many processes here so they keep one account's quota together.
     */
    public FilmAgentBuilder callLimiter(CallLimiter limiter) {
        this.callLimiter = limiter;
        return this;
    }

    /** The in-process limiter to use, for example {@link ModelLimits#create()} for an isolated one. */
    public FilmAgentBuilder modelLimits(ModelLimits limits) {
        return callLimiter(limits);
    }

    /** Retry and deadline settings (default: {@link Resilience#defaults()}). */
    public FilmAgentBuilder resilience(Resilience resilience) {
        this.resilience = resilience;
        return this;
    }

    /**
     * How long one turn may run (default 2 h, above the slowest legitimate film: twelve clips at the video deadline,
     * two at a time). At the deadline the watchdog cancels the turn; items get {@code grace} (default 30 s) to stop,
     * then the turn ends with {@code deadline_exceeded} without them and the session's next turn runs.
     */
    public FilmAgentBuilder turnDeadline(Duration deadline, Duration grace) {
        this.turnDeadline = deadline;
        this.turnGrace = grace;
        return this;
    }

    /** Runs graph items (default: an own pool, closed with the agent). Needs as many threads as items run at once. */
    public FilmAgentBuilder executor(ExecutorService executor) {
        this.executor = executor;
        return this;
    }

    // ---- handlers: the code that runs each stage ----

    /**
     * Handlers to use instead of the built-in ones ({@link BuiltinHandlers#all()} is the default base);
     * replaced and wrapped handlers apply on top.
     */
    public FilmAgentBuilder handlers(Map<Stage, Handler> handlers) {
        this.handlers.putAll(Objects.requireNonNull(handlers, "handlers"));
        return this;
    }

    /** Replaces the handler of one stage. */
    public FilmAgentBuilder handler(Stage stage, Handler handler) {
        replaced.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** Wraps the handler of one stage (after replacement); wrappers apply in the order given. */
    public FilmAgentBuilder wrapHandler(Stage stage, UnaryOperator<Handler> wrapper) {
        wrappers.computeIfAbsent(Objects.requireNonNull(stage, "stage"), s -> new ArrayList<>())
                .add(Objects.requireNonNull(wrapper, "wrapper"));
        return this;
    }

    // ---- cost: prices and the turn budget ----

    /**
     * The providers' prices (a preset's, e.g. {@code DashScopePrices.list()}); config {@code prices} is laid over them
     * unit by unit and the offline models are free. Default: none, so a model without a price is reported as such.
     */
    public FilmAgentBuilder prices(PriceList prices) {
        this.prices = prices;
        return this;
    }

    /**
     * Most yuan one turn may spend on model calls (overrides config {@code budget}; null: no limit). Before each
     * paid call the runner estimates its cost; a call that would pass the budget is not made and the turn stops,
     * keeping everything made, so the same request with a larger budget goes on without paying twice.
     */
    public FilmAgentBuilder budget(BigDecimal budget) {
        this.budget = budget;
        this.budgetSet = true;
        return this;
    }

    // ---- building ----

    /** The settings the agent runs with: the config with every price merged in and the builder's budget. */
    FilmConfig effectiveConfig() {
        FilmConfig c = config.withPrices(PriceList.LOCAL.with(prices).with(config.prices()));
        return budgetSet ? c.withBudget(budget) : c;
    }

    StageModels stageModels() {
        return new StageModels(models, stageModels);
    }

    Map<Stage, Handler> resolvedHandlers() {
        Map<Stage, Handler> all = new EnumMap<>(Stage.class);
        all.putAll(BuiltinHandlers.all());
        all.putAll(handlers);
        all.putAll(replaced);
        wrappers.forEach((stage, list) -> {
            Handler h = all.get(stage);
            for (UnaryOperator<Handler> w : list) {
                h = Objects.requireNonNull(w.apply(h), "wrapHandler(" + stage + ") returned null");
            }
            all.put(stage, h);
        });
        return all;
    }

    /** Checks the settings and makes the agent. */
    public FilmAgent build() {
        require(storage, "storage", "where media is kept, e.g. new LocalStorage(dir)");
        require(composer, "composer", "what composes the film, e.g. the FFmpeg composer");
        require(models.text(), "textModel", "a TextModel or models(ModelSet)");
        require(models.image(), "imageModel", "an ImageModel or models(ModelSet)");
        require(models.video(), "videoModel", "a VideoModel or models(ModelSet)");
        require(models.speech(), "speechModel", "a SpeechModel or models(ModelSet)");
        require(sessionStore, "sessionStore", "a SessionStore");
        require(config, "config", "a FilmConfig");
        require(listener, "listener", "a FilmListener (FilmListener.none() for none)");
        require(clock, "clock", "a Clock");
        require(callLimiter, "callLimiter", "ModelLimits.shared(), ModelLimits.create() or a shared CallLimiter");
        require(resilience, "resilience", "Resilience.defaults()");
        require(workDir, "workDir", "a folder for scratch files");
        require(remoteMediaPolicy, "remoteMediaPolicy", "RemoteMediaPolicy.productPhotos()");
        require(pixelBudget, "pixelBudget", "PixelBudget.defaults()");
        require(turnDeadline, "turnDeadline", "how long one turn may run, e.g. Duration.ofHours(2)");
        require(turnGrace, "turnDeadline grace", "how long a stopped turn may take to wind down, e.g. 30 s");
        require(prices, "prices", "a PriceList (PriceList.empty() for none)");
        if (budget != null && budget.signum() < 0) {
            throw new IllegalStateException("budget must not be negative, was " + budget);
        }
        if (turnDeadline.isNegative() || turnDeadline.isZero() || turnGrace.isNegative()) {
            throw new IllegalStateException("turnDeadline must be positive and its grace not negative, were "
                    + turnDeadline + " and " + turnGrace);
        }
        if (maxResultBytes <= 0) {
            throw new IllegalStateException("maxResultBytes must be positive, was " + maxResultBytes);
        }
        Map<Stage, Handler> all = resolvedHandlers();
        List<Stage> missing = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (all.get(s) == null) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("handlers: no handler for " + missing
                    + " (pass handlers(BuiltinHandlers.all()) or handler(stage, ...))");
        }
        List<ExecutorService> owned = new ArrayList<>();
        ExecutorService items = executor;
        if (items == null) {
            items = Executors.newCachedThreadPool(new DaemonThreadFactory("filmgen-item-"));
            owned.add(items);
        }
        ExecutorService calls = Executors.newCachedThreadPool(new DaemonThreadFactory("filmgen-call-"));
        ExecutorService turns = Executors.newCachedThreadPool(new DaemonThreadFactory("filmgen-turn-"));
        ScheduledExecutorService watchdog =
                Executors.newSingleThreadScheduledExecutor(new DaemonThreadFactory("filmgen-watchdog-"));
        owned.add(calls);
        owned.add(turns);
        owned.add(watchdog);
        return new FilmAgent(this, FilmAgent.deps(this, items, calls), turns, watchdog, owned);
    }

    private static void require(Object value, String field, String hint) {
        if (value == null) {
            throw new IllegalStateException(field + " is required: " + hint);
        }
    }
}
