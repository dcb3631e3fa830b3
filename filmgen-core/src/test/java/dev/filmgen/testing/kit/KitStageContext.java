package dev.filmgen.testing.kit;

import dev.filmgen.calls.CallKind;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.CancelledException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.handler.StageContext;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A {@link StageContext} that behaves as the runner's does, for testing a handler alone: model calls go to the
 * given ports, check cancellation first, and copy media results into storage (as the runner does); updates apply to
 * the current session and bump its version; events are recorded. A test can make the n-th model call fail, or
 * cancel the turn after n calls, and then read what happened: the calls, the events, the session now.
 */
public final class KitStageContext implements StageContext {
    /** How long the links of stored results last, as in the runner. */
    static final Duration LINK_TTL = Duration.ofDays(7);

    /** One model call the handler made (or tried). */
    public record Call(CallKind kind, String purpose, boolean completed) { }

    private final FilmSession snapshot;
    private final Stage stage;
    private final int item;
    private final FilmConfig config;
    private final String language;
    private final ModelSet models;
    private final Composer composer;
    private final MediaProbe probe;
    private final Storage storage;
    private final Path workDir;
    private final List<Call> calls = new ArrayList<>();
    private final List<FilmEvent> events = new ArrayList<>();
    private final Map<Integer, RuntimeException> failures = new HashMap<>();
    private FilmSession current;
    private int cancelAfter = Integer.MAX_VALUE;
    private int started;

    private KitStageContext(Builder b) {
        this.snapshot = b.session;
        this.current = b.session;
        this.stage = b.stage;
        this.item = b.item;
        this.config = b.config;
        this.language = b.language;
        this.models = b.models;
        this.composer = b.composer;
        this.probe = b.probe;
        this.storage = b.storage;
        this.workDir = b.workDir;
    }

    /** A context for {@code item} (-1 for a whole stage) of {@code stage} over {@code session}. */
    public static Builder builder(FilmSession session, Stage stage, int item) {
        return new Builder(session, stage, item);
    }

    // ---- steering ----

    /** Makes the {@code n}-th model call (counting from 0, compositions included) throw {@code failure}. */
    public synchronized KitStageContext failCall(int n, RuntimeException failure) {
        failures.put(n, failure);
        return this;
    }

    /** Cancels the turn once {@code n} model calls have completed (0: cancelled before the handler starts). */
    public synchronized KitStageContext cancelAfterCalls(int n) {
        cancelAfter = n;
        return this;
    }

    // ---- what happened ----

    /** The session with every update applied so far. */
    public synchronized FilmSession current() {
        return current;
    }

    /** Every model call, in order, with whether it completed. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every event the handler (or this context, for streamed text) emitted. */
    public synchronized List<FilmEvent> events() {
        return List.copyOf(events);
    }

    /** Whether the turn counts as cancelled now. */
    public synchronized boolean cancelled() {
        return completedCalls() >= cancelAfter;
    }

    private int completedCalls() {
        return (int) calls.stream().filter(Call::completed).count();
    }

    // ---- StageContext ----

    @Override public String sessionId() { return snapshot.id(); }
    @Override public Stage stage() { return stage; }
    @Override public int item() { return item; }
    @Override public FilmSession session() { return snapshot; }
    @Override public FilmConfig config() { return config; }
    @Override public String language() { return language; }
    @Override public Storage storage() { return storage; }
    @Override public MediaProbe probe() { return probe; }
    @Override public Path workDir() { return workDir; }

    @Override
    public Composer composer() {
        return (spec, output) -> call(CallKind.COMPOSE, "film", () -> composer.compose(spec, output));
    }

    @Override
    public TextResponse chat(TextRequest request) {
        return call(CallKind.TEXT, request.purpose(), () -> models.text().chat(request,
                d -> emit(new FilmEvent.TextDelta(sessionId(), stage, d))));
    }

    @Override
    public MediaAsset image(ImageRequest request) {
        return store(call(CallKind.IMAGE, request.purpose(), () -> models.image().generate(request)),
                request.purpose());
    }

    @Override
    public MediaAsset video(VideoRequest request) {
        return store(call(CallKind.VIDEO, request.purpose(), () -> models.video().generate(request)),
                request.purpose());
    }

    @Override
    public MediaAsset speech(SpeechRequest request) {
        MediaAsset stored = store(call(CallKind.SPEECH, request.purpose(), () -> models.speech().speak(request)),
                request.purpose());
        return stored.durationSeconds() != null ? stored
                : stored.withDuration(probe.probe(localFile(stored)).durationSeconds());
    }

    @Override
    public String vision(VisionRequest request) {
        return call(CallKind.VISION, "vision", () -> models.vision().describe(request));
    }

    @Override
    public Path localFile(MediaAsset asset) {
        try {
            if (asset.storageKey() != null) {
                var local = storage.localFile(asset.storageKey());
                if (local.isPresent()) {
                    return local.get();
                }
                try (var in = storage.open(asset.storageKey())) {
                    Path copy = Files.createTempFile(Files.createDirectories(workDir), "local-", "");
                    Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return copy;
                }
            }
            if ("file".equalsIgnoreCase(asset.uri().getScheme())) {
                return Path.of(asset.uri());
            }
            return Files.write(Files.createTempFile(Files.createDirectories(workDir), "local-", ""),
                    KitMedia.bytes(asset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void update(UnaryOperator<FilmSession.Builder> change) {
        current = change.apply(current.toBuilder()).version(current.version() + 1).build();
    }

    @Override
    public synchronized void emit(FilmEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException(stage + " item " + item + " was cancelled");
        }
    }

    private <T> T call(CallKind kind, String purpose, Supplier<T> port) {
        int n;
        synchronized (this) {
            n = started++;
            if (cancelled()) {
                calls.add(new Call(kind, purpose, false));
                throw new CancelledException(stage + " item " + item + " was cancelled before its " + kind + " call");
            }
            RuntimeException failure = failures.get(n);
            if (failure != null) {
                calls.add(new Call(kind, purpose, false));
                throw failure;
            }
        }
        T result = port.get();
        synchronized (this) {
            calls.add(new Call(kind, purpose, true));
        }
        return result;
    }

    /** Copies a model's result into storage, as the runner does, so a recorded asset outlives the turn. */
    private MediaAsset store(MediaAsset produced, String purpose) {
        String name = (purpose == null ? "item" : purpose).replaceAll("[^A-Za-z0-9._-]", "-").toLowerCase(Locale.ROOT);
        String key;
        synchronized (this) {
            key = sessionId() + "/" + stage.wireName() + "/" + name + "-" + calls.size();
        }
        byte[] bytes = KitMedia.bytes(produced);
        var stored = storage.put(key, bytes, produced.mediaType());
        return produced.withStorage(key, storage.link(key, LINK_TTL), stored.sizeBytes());
    }

    /** Builds a {@link KitStageContext}; every part has a kit default. */
    public static final class Builder {
        private final FilmSession session;
        private final Stage stage;
        private final int item;
        private FilmConfig config = FilmConfig.defaults();
        private String language = "en";
        private ModelSet models = KitModels.set();
        private Composer composer = KitModels.composer();
        private MediaProbe probe = KitModels.probe();
        private Storage storage;
        private Path workDir;

        private Builder(FilmSession session, Stage stage, int item) {
            this.session = Objects.requireNonNull(session, "session");
            this.stage = Objects.requireNonNull(stage, "stage");
            this.item = item;
        }

        public Builder config(FilmConfig c) { config = Objects.requireNonNull(c); return this; }
        public Builder language(String l) { language = Objects.requireNonNull(l); return this; }
        public Builder models(ModelSet m) { models = Objects.requireNonNull(m); return this; }
        public Builder composer(Composer c) { composer = Objects.requireNonNull(c); return this; }
        public Builder probe(MediaProbe p) { probe = Objects.requireNonNull(p); return this; }
        /** Where results are stored (required; a {@code LocalStorage} in a temporary folder does). */
        public Builder storage(Storage s) { storage = Objects.requireNonNull(s); return this; }
        /** The item's scratch folder (required). */
        public Builder workDir(Path p) { workDir = Objects.requireNonNull(p); return this; }

        public KitStageContext build() {
            Objects.requireNonNull(storage, "storage");
            Objects.requireNonNull(workDir, "workDir");
            return new KitStageContext(this);
        }
    }
}
