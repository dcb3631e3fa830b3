package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ModelSet;
import dev.filmgen.stage.Stage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashScopeModelsTest {
    private static final Map<String, String> ENV = Map.of("DASHSCOPE_API_KEY", "sk-env-secret",
            "DASHSCOPE_HTTP_BASE_URL", "https://dashscope-intl.aliyuncs.com/api/v1");

    @Test
    void aMissingKeyIsNamedWithBothWaysToSetIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DashScopeModels.builder().environment(n -> null).build());

        assertTrue(e.getMessage().startsWith("apiKey") && e.getMessage().contains("DASHSCOPE_API_KEY"), e.getMessage());
    }

    @Test
    void keyAndBaseUrlComeFromTheEnvironmentWhenUnset() {
        DashScopeModels models = DashScopeModels.builder().environment(ENV::get).build();

        assertEquals("https://dashscope-intl.aliyuncs.com/api/v1", models.baseUrl());
        assertFalse(models.toString().contains("sk-env-secret"), models.toString());
    }

    @Test
    void builderSettingsWinOverTheEnvironment() {
        DashScopeModels models = DashScopeModels.builder().environment(ENV::get).apiKey("sk-explicit")
                .baseUrl("http://127.0.0.1:9/api/v1").build();

        assertEquals("http://127.0.0.1:9/api/v1", models.baseUrl());
    }

    @Test
    void theBeijingEndpointIsTheDefault() {
        assertEquals(DashScopeDefaults.BASE_URL,
                DashScopeModels.builder().environment(n -> null).apiKey("k").build().baseUrl());
    }

    @Test
    void badSettingsAreNamed() {
        assertTrue(assertThrows(InvalidInputException.class,
                () -> DashScopeModels.builder().environment(n -> null).apiKey("k").baseUrl("ftp://x").build())
                .getMessage().startsWith("baseUrl"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> DashScopeModels.builder().environment(n -> null).apiKey("k").pollInterval(Duration.ZERO).build())
                .getMessage().startsWith("pollInterval"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> DashScopeModels.builder().environment(n -> null).apiKey("k").videoDeadline(Duration.ofSeconds(-1))
                        .build()).getMessage().startsWith("videoDeadline"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> DashScopeModels.builder().environment(n -> null).apiKey("k").pollInterval(Duration.ofSeconds(20))
                        .build()).getMessage().startsWith("maxPollInterval"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> DashScopeModels.builder().environment(n -> null).apiKey("k").maxInlineBytes(0).build())
                .getMessage().startsWith("maxInlineBytes"));
    }

    @Test
    void theModelSetHasEveryPortAndToBuilderKeepsSettings() {
        DashScopeModels models = DashScopeModels.builder().environment(n -> null).apiKey("k")
                .baseUrl("http://127.0.0.1:9").build();
        ModelSet set = models.modelSet();

        assertTrue(set.text() != null && set.image() != null && set.video() != null && set.speech() != null
                && set.vision() != null);
        assertEquals("http://127.0.0.1:9", models.toBuilder().build().baseUrl());
    }

    @Test
    void defaultsDocumentTwoPerSecondAndTwoInFlightForWan() {
        assertEquals(new DashScopeDefaults.Limits(2, 2), DashScopeDefaults.limitsFor("wan2.2-i2v-plus"));
        assertEquals(new DashScopeDefaults.Limits(2, 2), DashScopeDefaults.limitsFor("wanx2.1-imageedit"));
        assertTrue(DashScopeDefaults.isDashScopeModel("qvq-max"));
        assertTrue(DashScopeDefaults.isDashScopeModel("cosyvoice-v2"));
        assertFalse(DashScopeDefaults.isDashScopeModel("offline"));
    }

    @Test
    void documentedLimitsApplyToDashScopeStagesOnly() {
        FilmConfig d = FilmConfig.defaults();
        Map<Stage, StageConfig> loose = new EnumMap<>(Stage.class);
        d.stages().forEach((s, c) -> loose.put(s, new StageConfig(s == Stage.LINE ? "offline" : c.model(), c.t2iModel(),
                c.vlModel(), 100, 50, c.options())));
        FilmConfig config = new FilmConfig(loose, d.intentModel(), d.maxBoards(), d.maxRoles(), d.aspect(),
                d.clipSeconds(), d.seed(), d.filmStyle());

        FilmConfig limited = DashScopeDefaults.withDocumentedLimits(config);

        assertEquals(2.0, limited.stage(Stage.VIDEO).rps());
        assertEquals(2, limited.stage(Stage.FIRST_FRAME_IMAGE).maxInFlight());
        assertEquals(5.0, limited.stage(Stage.SCRIPT).rps());
        assertEquals(4, limited.stage(Stage.AUDIO).maxInFlight());
        assertEquals(config.stage(Stage.LINE), limited.stage(Stage.LINE), "offline stages keep their limits");
        assertEquals(config.stage(Stage.FILM), limited.stage(Stage.FILM), "the composer keeps its limits");
    }
}
