package dev.filmgen.dashscope.internal;

import com.alibaba.dashscope.protocol.ConnectionOptions;
import dev.filmgen.dashscope.DashScopeRegion;
import java.time.Duration;
import java.util.Objects;

/**
 * Connection and polling settings shared by every DashScope adapter of one {@code DashScopeModels}.
 *
 * @param apiKey the secret; never logged or put in a message
 * @param baseUrl native API base, for example {@code https://dashscope.aliyuncs.com/api/v1}
 * @param region the region the key and endpoint belong to (decides which models are offered)
 * @param connectTimeout TCP connect timeout
 * @param readTimeout socket read timeout (also the gap allowed between streamed events)
 * @param pollInterval first wait between task polls
 * @param maxPollInterval longest wait between task polls (the wait doubles up to it)
 * @param imageDeadline how long an image task may take, submission to result
 * @param videoDeadline how long a clip task may take
 * @param maxInlineBytes a cap on inline pictures, in bytes of the data URI as sent (below each model's own limit)
 * @param sleeper how the poller waits (tests may speed it up)
 */
public record ClientSettings(String apiKey, String baseUrl, DashScopeRegion region, Duration connectTimeout, Duration readTimeout,
                             Duration pollInterval, Duration maxPollInterval, Duration imageDeadline,
                             Duration videoDeadline, long maxInlineBytes, Sleeper sleeper) {

    public ClientSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** SDK connection options carrying this instance's timeouts (a fresh OkHttp client, no global state). */
    public ConnectionOptions connectionOptions() {
        return ConnectionOptions.builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .build();
    }

    /** Replaces every occurrence of the API key in {@code text}; the one place secrets are scrubbed. */
    public String redact(String text) {
        if (text == null || apiKey.isEmpty()) {
            return text;
        }
        return text.replace(apiKey, "***");
    }

    /** Waits between polls. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        /** Sleeps the calling thread. */
        static Sleeper threadSleep() {
            return d -> Thread.sleep(Math.max(0, d.toMillis()), 0);
        }
    }
}
