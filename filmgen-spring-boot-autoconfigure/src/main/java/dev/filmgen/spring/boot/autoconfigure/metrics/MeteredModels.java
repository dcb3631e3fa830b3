package dev.filmgen.spring.boot.autoconfigure.metrics;

import dev.filmgen.error.ErrorCodes;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VisionModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * Wraps the model ports so every provider call is measured where it happens (after the agent's reuse cache, so a
 * reused result is no call): {@code filmgen.model.calls} (timer; tags kind, model, outcome = {@code ok} or the
 * failure code) and, for successful calls to a paid model, {@code filmgen.model.paid.units} (counter; tags model,
 * unit = {@code input_tokens}, {@code output_tokens}, {@code images}, {@code video_seconds},
 * {@code characters}) — the units DashScope bills each kind by. The offline models are never counted as paid.
 */
public final class MeteredModels {
    /** The model name of the offline ports, which cost nothing. */
    private static final String FREE = "offline";
    private final MeterRegistry registry;

    private MeteredModels(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code models} with each present port measured into {@code registry}. */
    public static ModelSet wrap(ModelSet models, MeterRegistry registry) {
        MeteredModels m = new MeteredModels(registry);
        TextModel text = models.text();
        ImageModel image = models.image();
        VideoModel video = models.video();
        SpeechModel speech = models.speech();
        VisionModel vision = models.vision();
        return new ModelSet(
                text == null ? null : (req, deltas) -> m.timed("text", req.model(), () -> {
                    TextResponse r = text.chat(req, deltas);
                    if (r.usage() != null) {
                        m.paid(req.model(), "input_tokens", r.usage().inputTokens());
                        m.paid(req.model(), "output_tokens", r.usage().outputTokens());
                    }
                    return r;
                }),
                image == null ? null : (req, journal) -> m.timed("image", req.model(), () -> {
                    var a = image.generate(req, journal);
                    m.paid(req.model(), "images", 1);
                    return a;
                }),
                video == null ? null : (req, journal) -> m.timed("video", req.model(), () -> {
                    var a = video.generate(req, journal);
                    m.paid(req.model(), "video_seconds", Math.max(0, req.durationSeconds()));
                    return a;
                }),
                speech == null ? null : req -> m.timed("speech", req.model(), () -> {
                    var a = speech.speak(req);
                    m.paid(req.model(), "characters", req.text() == null ? 0 : req.text().codePointCount(0,
                            req.text().length()));
                    return a;
                }),
                vision == null ? null : req -> m.timed("vision", req.model(), () -> vision.describe(req)));
    }

    private <T> T timed(String kind, String model, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            return call.get();
        } catch (RuntimeException | Error e) {
            outcome = ErrorCodes.of(e);
            throw e;
        } finally {
            Timer.builder("filmgen.model.calls").description("Calls to a model provider, by outcome")
                    .tag("kind", kind).tag("model", String.valueOf(model)).tag("outcome", outcome)
                    .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void paid(String model, String unit, long amount) {
        if (amount > 0 && !FREE.equals(model)) {
            registry.counter("filmgen.model.paid.units", "model", String.valueOf(model), "unit", unit)
                    .increment(amount);
        }
    }
}
