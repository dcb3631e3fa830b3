package dev.filmgen.testing;

import dev.filmgen.calls.CallKind;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.model.VideoModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Fake model ports with configurable latencies that record every call: kind, purpose, start and end
 * (nanoTime). Media comes back as {@code data:} URIs whose bytes name the request.
 */
public final class FakeModels {
    /** One recorded call. */
    public record Call(CallKind kind, String purpose, long startNanos, long endNanos) { }

    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<CallKind, ToLongFunction<String>> latencyMillis = new EnumMap<>(CallKind.class);
    private final Map<String, Hook> hooks = new ConcurrentHashMap<>();

    /** Runs before a call with the given purpose completes; may throw to fail it. */
    @FunctionalInterface
    public interface Hook {
        void before(String purpose, TaskJournal journal);
    }

    public FakeModels latency(CallKind kind, ToLongFunction<String> millisByPurpose) {
        latencyMillis.put(kind, millisByPurpose);
        return this;
    }

    public FakeModels latency(CallKind kind, long millis) {
        return latency(kind, p -> millis);
    }

    /** Installs a hook for calls whose purpose equals {@code purpose}. */
    public FakeModels hook(String purpose, Hook hook) {
        hooks.put(purpose, hook);
        return this;
    }

    public List<Call> calls() {
        synchronized (calls) {
            return new ArrayList<>(calls);
        }
    }

    public long count(CallKind kind) {
        return calls().stream().filter(c -> c.kind() == kind).count();
    }

    public List<Call> calls(CallKind kind) {
        return calls().stream().filter(c -> c.kind() == kind).toList();
    }

    public Call first(String purpose) {
        return calls().stream().filter(c -> purpose.equals(c.purpose())).findFirst()
                .orElseThrow(() -> new AssertionError("no call for " + purpose + " in " + calls()));
    }

    private <T> T run(CallKind kind, String purpose, TaskJournal journal, java.util.function.Supplier<T> result) {
        long start = System.nanoTime();
        Hook hook = hooks.get(purpose);
        if (hook != null) {
            hook.before(purpose, journal);
        }
        long ms = latencyMillis.getOrDefault(kind, p -> 0).applyAsLong(purpose);
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.filmgen.error.CancelledException("fake " + kind + " interrupted");
            }
        }
        T r = result.get();
        calls.add(new Call(kind, purpose, start, System.nanoTime()));
        return r;
    }

    static MediaAsset data(String type, String content) {
        String b64 = Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
        return MediaAsset.of(URI.create("data:" + type + ";base64," + b64), type);
    }

    public TextModel text() {
        return (req, deltas) -> run(CallKind.TEXT, req.purpose(), null, () -> {
            String answer = "answer for " + req.purpose() + ": " + req.messages().get(req.messages().size() - 1).text();
            deltas.accept(answer);
            return new TextResponse(answer, Usage.NONE);
        });
    }

    public ImageModel image() {
        return (req, journal) -> run(CallKind.IMAGE, req.purpose(), journal,
                () -> data("image/png", "png " + req.prompt() + " refs " + req.references().size()));
    }

    public VideoModel video() {
        return (req, journal) -> run(CallKind.VIDEO, req.purpose(), journal,
                () -> data("video/mp4", "mp4 " + req.prompt() + " from " + req.firstFrame().storageKey()));
    }

    public SpeechModel speech() {
        return req -> run(CallKind.SPEECH, req.purpose(), null,
                () -> data("audio/wav", "wav " + req.voice() + " " + req.text()));
    }

    public ModelSet set() {
        return new ModelSet(text(), image(), video(), speech(), null);
    }

    /** A composer that writes a small file naming its boards and records a COMPOSE call. */
    public Composer composer() {
        return (spec, out) -> run(CallKind.COMPOSE, "film", null, () -> {
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, "film of " + spec.boards().size() + " boards");
                return new MediaInfo(spec.boards().size() * 5.0, Files.size(out), "mp4", List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
