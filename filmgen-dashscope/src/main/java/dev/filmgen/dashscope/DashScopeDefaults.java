package dev.filmgen.dashscope;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.stage.Stage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Documented DashScope defaults that config files and presets can use: the endpoint, timeouts, task
 * deadlines, and per-model request rate and in-flight limits (2 per second and 2 at once for the wan
 * models, as the Bailian docs state for wan text-to-image and image edit). The runner applies the limits;
 * this module does not limit on its own.
 */
public final class DashScopeDefaults {
    /** The Beijing native API base URL (the SDK's default). */
    public static final String BASE_URL = "https://dashscope.aliyuncs.com/api/v1";
    /** Environment variable holding the API key. */
    public static final String API_KEY_ENV = "DASHSCOPE_API_KEY";
    /** Environment variable the SDK reads for the base URL. */
    public static final String BASE_URL_ENV = "DASHSCOPE_HTTP_BASE_URL";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** Long enough for a slow streamed answer or a synchronous image edit. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(300);
    /** First wait between task polls; doubles up to {@link #MAX_POLL_INTERVAL}. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    public static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(10);
    /**
     * Image tasks typically take 1–3 minutes; just under the runner's 5-minute attempt deadline, so the error
     * that reaches the user is ours, naming the task id (the task stays journaled for the retry).
     */
    public static final Duration IMAGE_DEADLINE = Duration.ofSeconds(270);
    /** Clip tasks typically take 1–5 minutes; just under the runner's 15-minute attempt deadline. */
    public static final Duration VIDEO_DEADLINE = Duration.ofMinutes(14);
    /** Largest picture sent inline (the services accept at most 10 MB per image). */
    public static final long MAX_INLINE_BYTES = 10L * 1024 * 1024;

    /** Name prefixes of the models this module serves. */
    public static final List<String> MODEL_PREFIXES = List.of("qwen-", "qwen2", "qwen3", "qwq-", "qvq-", "wan",
            "cosyvoice", "sambert");

    private DashScopeDefaults() {
    }

    /**
     * A request-rate and concurrency limit for one model.
     *
     * @param requestsPerSecond submissions per second
     * @param maxInFlight calls running at once
     */
    public record Limits(double requestsPerSecond, int maxInFlight) {
    }

    /** Whether {@code model} names a DashScope model this module can call. */
    public static boolean isDashScopeModel(String model) {
        if (model == null) {
            return false;
        }
        String m = model.trim().toLowerCase(Locale.ROOT);
        return MODEL_PREFIXES.stream().anyMatch(m::startsWith);
    }

    /**
     * {@code config} with every stage whose main model is a DashScope model set to that model's documented
     * limits ({@link #limitsFor}); other stages are left as they are.
     */
    public static FilmConfig withDocumentedLimits(FilmConfig config) {
        Map<Stage, StageConfig> stages = new EnumMap<>(Stage.class);
        config.stages().forEach((stage, c) -> {
            if (isDashScopeModel(c.model())) {
                Limits l = limitsFor(c.model());
                stages.put(stage, new StageConfig(c.model(), c.t2iModel(), c.vlModel(), l.requestsPerSecond(),
                        l.maxInFlight(), c.options()));
            } else {
                stages.put(stage, c);
            }
        });
        return new FilmConfig(stages, config.intentModel(), config.maxBoards(), config.maxRoles(), config.aspect(),
                config.clipSeconds(), config.seed(), config.filmStyle());
    }

    /** The documented (or, where undocumented, conservative) limits for {@code model}. */
    public static Limits limitsFor(String model) {
        String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
        if (m.startsWith("wan")) {
            return new Limits(2, 2);
        }
        if (m.startsWith("qwen-image")) {
            return new Limits(2, 2);
        }
        if (m.startsWith("qwen-tts") || m.startsWith("cosyvoice") || m.startsWith("sambert")) {
            return new Limits(5, 4);
        }
        return new Limits(5, 4);
    }
}
