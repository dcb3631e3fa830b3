package dev.filmgen.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.filmgen.FilmAgent;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.cost.ModelPrice;
import dev.filmgen.cost.PriceList;
import dev.filmgen.dashscope.DashScopePrices;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.handler.Handler;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.LlmClassifier;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.Units;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.InMemorySessionStore;
import dev.filmgen.session.SessionStore;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.oss.OssStorage;
import dev.filmgen.testing.MemoryStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every condition of the core auto-configuration, one context each. */
class FilmgenAutoConfigurationTest {
    @TempDir
    Path data;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FilmgenAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data);
    }

    @Test
    void withoutAKeyTheAgentUsesTheOfflineModelsLocalFilesAndTheRuleClassifier() {
        runner().run(ctx -> {
            assertThat(ctx).hasSingleBean(FilmAgent.class).hasBean(FilmgenAutoConfiguration.OFFLINE_MODELS_BEAN)
                    .doesNotHaveBean("filmgenDashScopeModels");
            FilmConfig config = ctx.getBean(FilmConfig.class);
            assertThat(config.stage(Stage.SCRIPT).model()).isEqualTo("offline");
            assertThat(config.stage(Stage.VIDEO).model()).isEqualTo("offline");
            assertThat(ctx.getBean(Storage.class)).isInstanceOf(LocalStorage.class);
            assertThat(((LocalStorage) ctx.getBean(Storage.class)).root()).isEqualTo(data.resolve("artifacts"));
            assertThat(((LocalStorage) ctx.getBean(Storage.class)).signer()).isEmpty();
            assertThat(ctx.getBean(SessionStore.class)).isInstanceOf(FileSessionStore.class);
            assertThat(ctx.getBean(Classifier.class)).isInstanceOf(RuleClassifier.class);
        });
    }

    @Test
    void aKeyPropertySwitchesToDashScopeWithTheDemoModelsAndTheLlmClassifier() {
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test").run(ctx -> {
            assertThat(ctx).hasBean("filmgenDashScopeModels")
                    .doesNotHaveBean(FilmgenAutoConfiguration.OFFLINE_MODELS_BEAN).hasSingleBean(FilmAgent.class);
            FilmConfig config = ctx.getBean(FilmConfig.class);
            assertThat(config.stage(Stage.SCRIPT).model()).isEqualTo("qwen-max");
            assertThat(config.stage(Stage.VIDEO).model()).isEqualTo("wan2.2-i2v-plus");
            assertThat(ctx.getBean(Classifier.class)).isInstanceOf(LlmClassifier.class);
        });
    }

    @Test
    void dashScopeBringsItsPublishedPricesAndAHostPriceListReplacesThem() {
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test").run(ctx -> {
            PriceList prices = ctx.getBean(PriceList.class);
            assertThat(prices).isEqualTo(DashScopePrices.list());
            assertThat(prices.cost("qwen-max", Units.tokens(1000, 1000))).hasValueSatisfying(
                    yuan -> assertThat(yuan).isPositive());
        });
        runner().run(ctx -> assertThat(ctx).doesNotHaveBean(PriceList.class)); // offline: free, nothing to price
        PriceList own = PriceList.builder().price("qwen-max", ModelPrice.from("contract").per(Units.INPUT_TOKENS,
                "0.001").build()).build();
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test").withBean(PriceList.class, () -> own)
                .run(ctx -> assertThat(ctx).hasSingleBean(PriceList.class).getBean(PriceList.class).isSameAs(own));
    }

    @Test
    void aBudgetPropertyCapsEachTurnAndANegativeOneFailsStartup() {
        runner().withPropertyValues("filmgen.budget=2.50").run(ctx ->
                assertThat(ctx.getBean(FilmConfig.class).budget()).isEqualByComparingTo("2.5"));
        runner().run(ctx -> assertThat(ctx.getBean(FilmConfig.class).budget()).isNull());
        runner().withPropertyValues("filmgen.budget=-1").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("budget"));
    }

    @Test
    void theDashScopeKeyVariableWorksLikeTheProperty() {
        runner().withSystemProperties("DASHSCOPE_API_KEY=sk-from-env")
                .run(ctx -> assertThat(ctx).hasBean("filmgenDashScopeModels"));
    }

    @Test
    void offlineWinsOverAKeyAndAMissingDashScopeModuleMeansOffline() {
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test", "filmgen.offline=true")
                .run(ctx -> assertThat(ctx).hasBean(FilmgenAutoConfiguration.OFFLINE_MODELS_BEAN));
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test")
                .withClassLoader(new FilteredClassLoader("dev.filmgen.dashscope."))
                .run(ctx -> assertThat(ctx).hasBean(FilmgenAutoConfiguration.OFFLINE_MODELS_BEAN));
    }

    @Test
    void withoutAnyModelModuleTheStartupErrorSaysWhatToAdd() {
        runner().withClassLoader(new FilteredClassLoader("dev.filmgen.offline.", "dev.filmgen.dashscope."))
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("filmgen has no models").hasMessageContaining("filmgen-offline"));
    }

    @Test
    void anOssBucketSwitchesArtifactsToOss() {
        runner().withPropertyValues("filmgen.oss.bucket=films", "filmgen.oss.endpoint=https://oss-cn-beijing.aliyuncs.com",
                "filmgen.oss.access-key-id=id", "filmgen.oss.access-key-secret=secret").run(ctx ->
                assertThat(ctx.getBean(Storage.class)).isInstanceOf(OssStorage.class));
        runner().withPropertyValues("filmgen.oss.bucket=films").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("endpoint"));
    }

    @Test
    void theSessionStoreFollowsFilmgenStore() {
        runner().withPropertyValues("filmgen.store=memory")
                .run(ctx -> assertThat(ctx.getBean(SessionStore.class)).isInstanceOf(InMemorySessionStore.class));
        runner().withPropertyValues("filmgen.store=jdbc").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("filmgen.store=jdbc"));
    }

    @Test
    void propertiesMirrorConfigJsonAndLieOverTheConfigFile() throws Exception {
        Path file = Files.writeString(data.resolve("config.json"),
                "{\"aspect\":\"9:16\",\"storyboard\":{\"max_boards\":6},\"audio\":{\"voice\":\"Cherry\"}}");
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test", "filmgen.config-file=" + file,
                "filmgen.max-boards=3", "filmgen.max-roles=1", "filmgen.seed=9",
                "filmgen.stages.video.options.resolution=720P", "filmgen.stages.role-image.rps=1",
                "filmgen.stages.role-image.max-in-flight=1", "filmgen.stages.audio.rpm=30", "filmgen.stages.script.model=qwen-plus",
                "filmgen.film.font-size=48", "filmgen.film.fadein-duration=0.25").run(ctx -> {
            FilmConfig c = ctx.getBean(FilmConfig.class);
            assertThat(c.aspect()).isEqualTo("9:16");
            assertThat(c.maxBoards()).isEqualTo(3);
            assertThat(c.maxRoles()).isEqualTo(1);
            assertThat(c.seed()).isEqualTo(9L);
            assertThat(c.stage(Stage.AUDIO).options()).containsEntry("voice", "Cherry");
            assertThat(c.stage(Stage.VIDEO).options()).containsEntry("resolution", "720P");
            assertThat(c.stage(Stage.ROLE_IMAGE).limits().rps()).isEqualTo(1.0);
            assertThat(c.stage(Stage.ROLE_IMAGE).limits().maxInFlight()).isEqualTo(1);
            assertThat(c.stage(Stage.AUDIO).limits().rpm()).isEqualTo(30.0);
            assertThat(c.stage(Stage.SCRIPT).model()).isEqualTo("qwen-plus");
            assertThat(c.filmStyle().fontSize()).isEqualTo(48);
            assertThat(c.filmStyle().fadeInSeconds()).isEqualTo(0.25);
        });
    }

    @Test
    void aBadValueOrAnUnknownStageFailsStartupNamingIt() {
        runner().withPropertyValues("filmgen.max-boards=40").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("max_boards"));
        runner().withPropertyValues("filmgen.stages.cartoon.model=x").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("filmgen.stages.cartoon"));
        runner().withPropertyValues("filmgen.dashscope.api-key=sk-test", "filmgen.stages.video.model=sora")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("sora"));
    }

    @Test
    void everyPartBacksOffForTheHostsOwnBean() {
        runner().withUserConfiguration(HostParts.class).run(ctx -> {
            assertThat(ctx.getBean(Storage.class)).isSameAs(ctx.getBean(HostParts.class).storage);
            assertThat(ctx.getBean(SessionStore.class)).isSameAs(ctx.getBean(HostParts.class).sessions);
            assertThat(ctx).hasSingleBean(Storage.class).hasSingleBean(SessionStore.class).hasSingleBean(FilmAgent.class);
        });
        runner().withUserConfiguration(HostAgent.class).run(ctx -> assertThat(ctx).hasSingleBean(FilmAgent.class)
                .getBean(FilmAgent.class).isSameAs(ctx.getBean(HostAgent.class).agent));
    }

    @Test
    void disabledMeansNoBeans() {
        runner().withPropertyValues("filmgen.enabled=false").run(ctx -> assertThat(ctx)
                .doesNotHaveBean(FilmAgent.class).doesNotHaveBean(FilmgenProperties.class));
    }

    @Test
    void hostHandlersCustomizersAndListenersJoinTheAgent() {
        runner().withPropertyValues("filmgen.store=memory").withUserConfiguration(HostExtensions.class).run(ctx -> {
            HostExtensions host = ctx.getBean(HostExtensions.class);
            ctx.getBean(FilmAgent.class).chat("s1", new UserMessage("百炼椰汁", "Topic", null), e -> { });
            assertThat(host.handled.get()).isEqualTo(1);
            assertThat(host.wrapped.get()).isEqualTo(1);
            assertThat(host.events).anyMatch(e -> e instanceof FilmEvent.StageStarted s && s.stage() == Stage.TOPIC);
        });
    }

    @Test
    void aHandlerBeanWithoutItsStageIsAStartupError() {
        runner().withUserConfiguration(UnnamedHandler.class).run(ctx -> assertThat(ctx).hasFailed().getFailure()
                .rootCause().hasMessageContaining("'mystery'").hasMessageContaining("@FilmgenStage"));
    }

    @Configuration(proxyBeanMethods = false)
    static class HostParts {
        final Storage storage = new MemoryStorage();
        final SessionStore sessions = new InMemorySessionStore();

        @Bean
        Storage hostStorage() {
            return storage;
        }

        @Bean
        SessionStore hostSessions() {
            return sessions;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostAgent {
        FilmAgent agent;

        @Bean
        FilmAgent hostAgent(ModelSet models, FilmConfig config, Storage storage, SessionStore sessions,
                            dev.filmgen.compose.Composer composer) {
            agent = FilmAgent.builder().models(models).config(config).storage(storage).sessionStore(sessions)
                    .composer(composer).workDir(Path.of(System.getProperty("java.io.tmpdir"))).build();
            return agent;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HostExtensions {
        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger wrapped = new AtomicInteger();
        final List<FilmEvent> events = new CopyOnWriteArrayList<>();

        @Bean
        @FilmgenStage(Stage.TOPIC)
        Handler topicHandler() {
            Handler builtin = dev.filmgen.stages.BuiltinHandlers.all().get(Stage.TOPIC);
            return ctx -> {
                handled.incrementAndGet();
                builtin.handle(ctx);
            };
        }

        @Bean
        FilmAgentBuilderCustomizer wrapTopic() {
            return b -> b.wrapHandler(Stage.TOPIC, h -> ctx -> {
                wrapped.incrementAndGet();
                h.handle(ctx);
            });
        }

        @Bean
        FilmListener recorder() {
            return events::add;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UnnamedHandler {
        @Bean
        Handler mystery() {
            return ctx -> { };
        }
    }
}
