package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.Quota;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.ModelSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
    void theCatalogueHoldsTheDocumentedQuotaOfEveryDefaultModel() {
        assertEquals(Quota.perSecond(2, 2), DashScopeCatalog.find("wan2.2-i2v-plus").orElseThrow().quota());
        assertEquals(Quota.perSecond(2, 2), DashScopeCatalog.find("wan2.2-t2i-plus").orElseThrow().quota());
        assertEquals(Quota.perMinute(10, 1), DashScopeCatalog.find("qwen-tts").orElseThrow().quota());
        assertEquals(Quota.perMinute(10, 1), DashScopeCatalog.find("qwen-tts-2025-04-10").orElseThrow().quota(),
                "a dated snapshot keeps its family's quota");
        assertEquals(Quota.perMinute(180, 4), DashScopeCatalog.find("qwen3-tts-flash").orElseThrow().quota());
        assertEquals(Quota.perMinute(2, 1), DashScopeCatalog.find("qwen-image-edit-max").orElseThrow().quota());
        assertEquals(Quota.perMinute(60, 2), DashScopeCatalog.find("qvq-max").orElseThrow().quota());
        assertEquals(Quota.perMinute(600, 4), DashScopeCatalog.find("QWEN-MAX").orElseThrow().quota());
        assertEquals(Quota.perSecond(2, 2), DashScopeCatalog.find("wanx2.1-imageedit").orElseThrow().quota());
        assertTrue(DashScopeCatalog.find("offline").isEmpty());
        for (DashScopeCatalog.Entry e : DashScopeCatalog.all()) {
            assertTrue(e.source().contains("read 2026-11-26"), "every row says where and when: " + e);
        }
        assertTrue(DashScopeDefaults.isDashScopeModel("qvq-max"));
        assertTrue(DashScopeDefaults.isDashScopeModel("cosyvoice-v2"));
        assertFalse(DashScopeDefaults.isDashScopeModel("offline"));
    }

    @Test
    void thePortsTellTheRunnerTheirModelsQuotas() {
        ModelSet set = DashScopeModels.builder().environment(n -> null).apiKey("k").build().modelSet();
        assertEquals(Optional.of(Quota.perMinute(10, 1)), ModelFacts.of(set.speech()).quota("qwen-tts"));
        assertEquals(Optional.of(Quota.perSecond(2, 2)), ModelFacts.of(set.video()).quota("wan2.2-i2v-plus"));
        ModelSet routed = ModelRouter.builder().dashScope(set).route("offline", set).build().models();
        assertEquals(Optional.of(Quota.perMinute(10, 1)), ModelFacts.of(routed.speech()).quota("qwen-tts"),
                "a router asks the port it routes to");
        assertEquals(Optional.empty(), ModelFacts.of(routed.speech()).quota("unknown-tts"));
    }

    @Test
    void theRegionComesFromTheBuilderTheEnvironmentOrTheEndpoint() {
        Map<String, String> env = new java.util.HashMap<>();
        assertEquals(DashScopeRegion.CN_BEIJING, models(env).region());
        assertEquals("https://dashscope.aliyuncs.com/api/v1", models(env).baseUrl());
        env.put("DASHSCOPE_REGION", "ap-southeast-1");
        assertEquals("https://dashscope-intl.aliyuncs.com/api/v1", models(env).baseUrl(), "the region's endpoint");
        env.remove("DASHSCOPE_REGION");
        env.put("DASHSCOPE_HTTP_BASE_URL", "https://dashscope-intl.aliyuncs.com/api/v1");
        assertEquals(DashScopeRegion.AP_SOUTHEAST_1, models(env).region(), "derived from the endpoint");
        env.put("DASHSCOPE_REGION", "cn-beijing");
        InvalidInputException clash = assertThrows(InvalidInputException.class, () -> models(env));
        assertTrue(clash.getMessage().contains("cn-beijing (Beijing)") && clash.getMessage().contains("Singapore"),
                clash.getMessage());
        env.put("DASHSCOPE_REGION", "us-east-1");
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> models(env));
        assertTrue(unknown.getMessage().contains("DASHSCOPE_REGION") && unknown.getMessage().contains("ap-southeast-1"),
                unknown.getMessage());
        assertEquals(DashScopeRegion.AP_SOUTHEAST_1, DashScopeModels.builder().environment(n -> null).apiKey("k")
                .baseUrl("http://127.0.0.1:9").region(DashScopeRegion.AP_SOUTHEAST_1).build().region(),
                "a test server takes the region it is told");
    }

    private static DashScopeModels models(Map<String, String> env) {
        return DashScopeModels.builder().environment(env::get).apiKey("k").build();
    }
}
