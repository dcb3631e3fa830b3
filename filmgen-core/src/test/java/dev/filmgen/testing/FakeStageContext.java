package dev.filmgen.testing;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.CancelledException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.handler.StageContext;
import dev.filmgen.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A {@link StageContext} for handler tests: text answers are scripted per purpose (stage wire name),
 * media ports are fakes that record every request and return {@code fake://} assets, storage is in
 * memory and the composer records its spec. Point it at a stage with {@link #on(Stage, int)}; it keeps
 * the session across handlers, so several stages can run one after another. Not thread-safe.
 */
public class FakeStageContext implements StageContext {
    private final java.util.Map<String, List<String>> voiceTables = new java.util.HashMap<>();
    private FilmSession session;
    private FilmConfig config = FilmConfig.defaults();
    private String language;
    private Stage stage = Stage.TOPIC;
    private int item = -1;
    private boolean cancelled;
    private Function<TextRequest, String> fallbackAnswer;
    private ImageModel imageModel;
    private VideoModel videoModel;
    private SpeechModel speechModel;
    private String visionAnswer = "A product photo.";
    private RuntimeException visionFailure;
    private final Deque<String> visionAnswers = new ArrayDeque<>();
    private final Path workDir;
    private final Map<String, Deque<String>> answers = new HashMap<>();
    private final List<TextRequest> textRequests = new ArrayList<>();
    private final List<ImageRequest> imageRequests = new ArrayList<>();
    private final List<VideoRequest> videoRequests = new ArrayList<>();
    private final List<SpeechRequest> speechRequests = new ArrayList<>();
    private final List<VisionRequest> visionRequests = new ArrayList<>();
    private final List<FilmEvent> events = new ArrayList<>();
    private final MemoryStorage storage = new MemoryStorage();
    private Composer composer = new RecordingComposer();
    private MediaProbe probe = file -> new MediaInfo(5.0, 0, "fake", List.of());

    /** A context over a new session with {@code topic} already stored, as {@code FilmAgent} would. */
    public FakeStageContext(String topic) {
        this(FilmSession.create("s1", Instant.parse("2026-01-01T00:00:00Z")).toBuilder()
                .topic(Topic.of(topic)).build());
    }

    public FakeStageContext(FilmSession session) {
        this.session = session;
        try {
            this.workDir = Files.createTempDirectory("filmgen-fake-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- set-up ----

    /** Points the context at a whole stage. */
    public FakeStageContext on(Stage s) {
        return on(s, -1);
    }

    /** Points the context at one item (board or role index) of a stage. */
    public FakeStageContext on(Stage s, int index) {
        stage = s;
        item = index;
        return this;
    }

    /** Queues answers for requests whose purpose is {@code purpose} (the stage's wire name), used in order. */
    public FakeStageContext answer(String purpose, String... texts) {
        answers.computeIfAbsent(purpose, k -> new ArrayDeque<>()).addAll(List.of(texts));
        return this;
    }

    /** Answers any request no queued answer is left for. */
    public FakeStageContext fallbackAnswer(Function<TextRequest, String> f) {
        fallbackAnswer = f;
        return this;
    }

    /** Answers requests no queued answer is left for with a real {@link TextModel} (an offline copywriter, say). */
    public FakeStageContext textModel(TextModel model) {
        return fallbackAnswer(r -> model.chat(r).text());
    }

    /** Paints with a real {@link ImageModel} instead of returning {@code fake://} assets (requests are still recorded). */
    public FakeStageContext imageModel(ImageModel model) {
        imageModel = model;
        return this;
    }

    /** Animates with a real {@link VideoModel} (requests are still recorded). */
    public FakeStageContext videoModel(VideoModel model) {
        videoModel = model;
        return this;
    }

    /** Speaks with a real {@link SpeechModel} (requests are still recorded). */
    public FakeStageContext speechModel(SpeechModel model) {
        speechModel = model;
        return this;
    }

    public FakeStageContext visionAnswer(String text) {
        visionAnswer = text;
        return this;
    }

    /** Queues answers for the next vision calls, used in order before {@link #visionAnswer(String)}'s. */
    public FakeStageContext visionAnswers(String... texts) {
        visionAnswers.addAll(List.of(texts));
        return this;
    }

    /** Makes every vision call throw {@code failure} (after recording the request). */
    public FakeStageContext visionFailure(RuntimeException failure) {
        visionFailure = failure;
        return this;
    }

    /** The voices speech model {@code model} is documented to speak (none by default). */
    public FakeStageContext voices(String model, List<String> voices) {
        voiceTables.put(model, List.copyOf(voices));
        return this;
    }

    @Override
    public java.util.Optional<List<String>> voices(String speechModel) {
        return java.util.Optional.ofNullable(voiceTables.get(speechModel));
    }

    public FakeStageContext config(FilmConfig c) {
        config = c;
        return this;
    }

    /** Fixes the language; by default it is detected from the topic. */
    public FakeStageContext language(String l) {
        language = l;
        return this;
    }

    public FakeStageContext composer(Composer c) {
        composer = c;
        return this;
    }

    public FakeStageContext probe(MediaProbe p) {
        probe = p;
        return this;
    }

    /** Replaces the session (for tests that start mid-pipeline). */
    public FakeStageContext session(FilmSession s) {
        session = s;
        return this;
    }

    /** Makes every later {@link #checkCancelled()} throw. */
    public void cancel() {
        cancelled = true;
    }

    // ---- what happened ----

    public List<TextRequest> textRequests() {
        return List.copyOf(textRequests);
    }

    /** Text requests of one purpose, in order. */
    public List<TextRequest> textRequests(String purpose) {
        return textRequests.stream().filter(r -> purpose.equals(r.purpose())).collect(Collectors.toList());
    }

    public List<ImageRequest> imageRequests() {
        return List.copyOf(imageRequests);
    }

    public List<VideoRequest> videoRequests() {
        return List.copyOf(videoRequests);
    }

    public List<SpeechRequest> speechRequests() {
        return List.copyOf(speechRequests);
    }

    public List<VisionRequest> visionRequests() {
        return List.copyOf(visionRequests);
    }

    public List<FilmEvent> events() {
        return List.copyOf(events);
    }

    /** The messages of every notice so far. */
    public List<String> notices() {
        return events.stream().filter(e -> e instanceof FilmEvent.Notice)
                .map(e -> ((FilmEvent.Notice) e).message()).collect(Collectors.toList());
    }

    /** The {@code StageDone} events so far. */
    public List<FilmEvent.StageDone> stageDones() {
        return events.stream().filter(e -> e instanceof FilmEvent.StageDone)
                .map(e -> (FilmEvent.StageDone) e).collect(Collectors.toList());
    }

    public MemoryStorage memoryStorage() {
        return storage;
    }

    // ---- StageContext ----

    @Override
    public String sessionId() {
        return session.id();
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public int item() {
        return item;
    }

    @Override
    public FilmSession session() {
        return session;
    }

    @Override
    public FilmConfig config() {
        return config;
    }

    @Override
    public String language() {
        if (language != null) {
            return language;
        }
        return StageContext.super.language();
    }

    @Override
    public TextResponse chat(TextRequest request) {
        textRequests.add(request);
        Deque<String> queue = answers.get(request.purpose());
        String text;
        if (queue != null && !queue.isEmpty()) {
            text = queue.poll();
        } else if (fallbackAnswer != null) {
            text = fallbackAnswer.apply(request);
        } else {
            throw new AssertionError("no scripted answer left for purpose " + request.purpose());
        }
        emit(new FilmEvent.TextDelta(sessionId(), stage, text));
        return new TextResponse(text, Usage.NONE);
    }

    @Override
    public MediaAsset image(ImageRequest request) {
        imageRequests.add(request);
        if (imageModel != null) {
            return imageModel.generate(request);
        }
        return fake("image", request.purpose(), "image/png").withSize(request.width(), request.height());
    }

    @Override
    public MediaAsset video(VideoRequest request) {
        videoRequests.add(request);
        if (videoModel != null) {
            return videoModel.generate(request);
        }
        return fake("video", request.purpose(), "video/mp4").withDuration(request.durationSeconds());
    }

    @Override
    public MediaAsset speech(SpeechRequest request) {
        speechRequests.add(request);
        if (speechModel != null) {
            return speechModel.speak(request);
        }
        double seconds = Math.max(1.0, request.text().length() * 0.2);
        return fake("speech", request.purpose(), "audio/wav").withDuration(seconds);
    }

    @Override
    public String vision(VisionRequest request) {
        visionRequests.add(request);
        if (visionFailure != null) {
            throw visionFailure;
        }
        return visionAnswers.isEmpty() ? visionAnswer : visionAnswers.poll();
    }

    @Override
    public Storage storage() {
        return storage;
    }

    @Override
    public Composer composer() {
        return composer;
    }

    @Override
    public MediaProbe probe() {
        return probe;
    }

    @Override
    public Path localFile(MediaAsset asset) {
        if ("file".equals(asset.uri().getScheme())) {
            return Path.of(asset.uri());
        }
        Path p = workDir.resolve("local-" + Integer.toHexString(asset.uri().toString().hashCode()));
        try {
            Files.write(p, asset.uri().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public Path workDir() {
        return workDir;
    }

    @Override
    public void update(UnaryOperator<FilmSession.Builder> change) {
        session = change.apply(session.toBuilder()).version(session.version() + 1).build();
    }

    @Override
    public void emit(FilmEvent event) {
        events.add(event);
    }

    @Override
    public void checkCancelled() {
        if (cancelled) {
            throw new CancelledException("cancelled");
        }
    }

    private MediaAsset fake(String kind, String purpose, String type) {
        String name = purpose == null ? "none"
                : java.net.URLEncoder.encode(purpose.replace(':', '-'), StandardCharsets.UTF_8);
        return MediaAsset.of(URI.create("fake://" + kind + "/" + name), type);
    }
}
