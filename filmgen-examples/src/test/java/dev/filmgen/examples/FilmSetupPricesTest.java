package dev.filmgen.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.dashscope.DashScopePrices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models line the CLI prints says which prices the cost figures use and when they were read. */
class FilmSetupPricesTest {
    @TempDir
    Path dir;

    private String modelsLine(Path config, Map<String, String> env) {
        try (FilmSetup setup = FilmSetup.create(new FilmSetup.Options(dir.resolve("data"), config, false, 1L, null,
                null, env, null, null, null), e -> { })) {
            return setup.modelsLine();
        }
    }

    @Test
    void withAKeyTheLineNamesTheListPricesAndTheDateTheyWereRead() throws Exception {
        Map<String, String> env = Map.of("DASHSCOPE_API_KEY", "sk-test-not-used");
        String line = modelsLine(null, env);
        assertTrue(line.contains("prices: Model Studio list read " + DashScopePrices.READ_ON), line);
        assertFalse(line.contains("config \"prices\""), line);

        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"prices\": {\"wan2.2-i2v-plus\": {\"video_seconds_1080P\": 0.5}}}");
        String overridden = modelsLine(config, env);
        assertTrue(overridden.contains("with config \"prices\" over it"), overridden);
    }

    @Test
    void offlineThereIsNothingToPrice() {
        String line = modelsLine(null, Map.of());
        assertTrue(line.startsWith("models: offline"), line);
        assertFalse(line.contains("prices:"), line);
    }
}
