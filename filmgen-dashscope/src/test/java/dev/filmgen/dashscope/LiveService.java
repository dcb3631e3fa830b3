package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

/** Shared set-up of the {@code *IT} tests: they talk to the real Bailian service and skip without a key. */
final class LiveService {
    private LiveService() {
    }

    /** The real models, or a skipped test when {@code DASHSCOPE_API_KEY} is not set. */
    static DashScopeModels models() {
        String key = System.getenv(DashScopeDefaults.API_KEY_ENV);
        assumeTrue(key != null && !key.isBlank(), "DASHSCOPE_API_KEY is not set; skipping the live DashScope test");
        return DashScopeModels.builder().pollInterval(Duration.ofSeconds(3)).build();
    }
}
