package dev.filmgen.dashscope;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * DashScope connection defaults: the environment variables read, the endpoint, timeouts and task deadlines. What
 * each model allows (quotas, regions, voices, caps) is in {@link DashScopeCatalog}; the runner keeps to it.
 */
public final class DashScopeDefaults {
    /** The Beijing native API base URL (the SDK's default). */
    public static final String BASE_URL = "https://dashscope.aliyuncs.com/api/v1";
    /** Environment variable holding the API key. */
    public static final String API_KEY_ENV = "DASHSCOPE_API_KEY";
    /** Environment variable the SDK reads for the base URL. */
    public static final String BASE_URL_ENV = "DASHSCOPE_HTTP_BASE_URL";
    /** Environment variable naming the region: {@code cn-beijing} or {@code ap-southeast-1}. */
    public static final String REGION_ENV = "DASHSCOPE_REGION";
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

    /** Name prefixes of the models this module serves. */
    public static final List<String> MODEL_PREFIXES = List.of("qwen-", "qwen2", "qwen3", "qwq-", "qvq-", "wan",
            "cosyvoice", "sambert");

    private DashScopeDefaults() {
    }

    /** Whether {@code model} names a DashScope model this module can call. */
    public static boolean isDashScopeModel(String model) {
        if (model == null) {
            return false;
        }
        String m = model.trim().toLowerCase(Locale.ROOT);
        return MODEL_PREFIXES.stream().anyMatch(m::startsWith);
    }
}
