package dev.filmgen.spring.boot.four;

import static org.assertj.core.api.Assertions.assertThat;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.cost.PriceList;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.session.InMemorySessionStore;
import dev.filmgen.session.SessionStore;
import dev.filmgen.spring.boot.autoconfigure.FilmgenAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.actuate.FilmgenHealthAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.metrics.FilmgenMetrics;
import dev.filmgen.spring.boot.autoconfigure.metrics.FilmgenMetricsAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.web.FilmgenProcessController;
import dev.filmgen.spring.boot.autoconfigure.web.FilmgenWebAutoConfiguration;
import dev.filmgen.stage.Stage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * The starter's auto-configuration exactly as published (compiled against Boot 3.5) in a Spring Boot 4 context:
 * the agent, its properties, DashScope's prices, the meters (on Boot 4's own registry auto-configuration) and the
 * {@code /process} endpoint work; the health contributor, written against Boot 3's actuator API (moved in Boot 4),
 * stays out without breaking startup.
 */
class SpringBoot4CompatibilityTest {
    @TempDir
    Path data;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FilmgenAutoConfiguration.class,
                        FilmgenMetricsAutoConfiguration.class, FilmgenHealthAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data);
    }

    @Test
    void theseTestsRunOnSpringBoot4() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.");
    }

    @Test
    void anOfflineAgentIsConfiguredFromPropertiesAndMakesAScript() {
        runner().withPropertyValues("filmgen.store=memory", "filmgen.max-boards=3", "filmgen.budget=1.5").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(FilmAgent.class);
            assertThat(ctx.getBean(SessionStore.class)).isInstanceOf(InMemorySessionStore.class);
            FilmConfig config = ctx.getBean(FilmConfig.class);
            assertThat(config.maxBoards()).isEqualTo(3);
            assertThat(config.budget()).isEqualByComparingTo("1.5");
            assertThat(config.stage(Stage.SCRIPT).model()).isEqualTo("offline");
            FilmAgent agent = ctx.getBean(FilmAgent.class);
            agent.chat("b4", new UserMessage("百炼椰汁", "Topic", null), e -> { });
            TurnResult script = agent.chat("b4", new UserMessage("", "Script", null), e -> { });
            assertThat(script.ok()).as(script.reply()).isTrue();
            assertThat(script.session().script()).isNotNull();
        });
    }

    @Test
    void aKeySwitchesToDashScopeWithItsPrices() {
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test", "filmgen.store=memory").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasBean(FilmgenAutoConfiguration.DASHSCOPE_MODELS_BEAN);
            assertThat(ctx.getBean(FilmConfig.class).stage(Stage.SCRIPT).model()).isEqualTo("qwen-max");
            assertThat(ctx.getBean(PriceList.class).find("qwen-max")).isPresent();
        });
    }

    @Test
    void metersCountModelCallsWithARegistry() {
        runner().withPropertyValues("filmgen.store=memory").withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(FilmgenMetrics.class);
                    FilmAgent agent = ctx.getBean(FilmAgent.class);
                    agent.chat("m4", new UserMessage("百炼椰汁", "Topic", null), e -> { });
                    agent.chat("m4", new UserMessage("", "Script", null), e -> { });
                    MeterRegistry r = ctx.getBean(MeterRegistry.class);
                    assertThat(r.get("filmgen.model.calls").tags("kind", "text", "model", "offline").timer().count())
                            .isGreaterThanOrEqualTo(1);
                    assertThat(r.get("filmgen.stage.duration").tag("stage", "script").timer().count()).isEqualTo(1);
                });
    }

    @Test
    void theBoot3HealthContributorStaysOutAndStartupSucceeds() {
        runner().withPropertyValues("filmgen.store=memory").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(FilmAgent.class);
            assertThat(ctx).doesNotHaveBean("filmgenHealthIndicator");
        });
    }

    @Test
    void metersRegisterOnTheRegistryBoot4AutoConfigures() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FilmgenMetricsAutoConfiguration.class,
                        FilmgenAutoConfiguration.class, MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data, "filmgen.store=memory").run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(MeterRegistry.class).hasSingleBean(FilmgenMetrics.class);
                    ctx.getBean(FilmAgent.class).chat("r4", new UserMessage("百炼椰汁", "Topic", null), e -> { });
                    assertThat(ctx.getBean(MeterRegistry.class).get("filmgen.stage.duration").tag("stage", "topic")
                            .timer().count()).isEqualTo(1);
                });
    }

    @Test
    void theProcessEndpointIsMappedOnBoot4SpringMvc() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FilmgenAutoConfiguration.class,
                        FilmgenWebAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data, "filmgen.store=memory", "filmgen.web.enabled=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(FilmgenProcessController.class)
                        .hasSingleBean(AgentScopeProcessor.class));
    }
}
