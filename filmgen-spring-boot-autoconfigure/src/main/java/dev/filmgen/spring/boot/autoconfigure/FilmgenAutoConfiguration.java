package dev.filmgen.spring.boot.autoconfigure;

import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.calls.CallLimiter;
import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.cost.PriceList;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.LlmClassifier;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.model.ModelSet;
import dev.filmgen.session.SessionStore;
import dev.filmgen.spring.boot.autoconfigure.internal.CompositeListener;
import dev.filmgen.spring.boot.autoconfigure.internal.ConfigAssembler;
import dev.filmgen.spring.boot.autoconfigure.internal.HandlerBeans;
import dev.filmgen.spring.boot.autoconfigure.internal.ModelsConfiguration;
import dev.filmgen.spring.boot.autoconfigure.internal.SessionStoreConfiguration;
import dev.filmgen.spring.boot.autoconfigure.internal.StorageConfiguration;
import dev.filmgen.storage.Storage;
import java.time.Duration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configures a {@link FilmAgent} from the {@code filmgen.*} properties: offline models without a DashScope key,
 * DashScope with one; OSS when a bucket is set, a local folder otherwise; sessions as files, in memory or in
 * PostgreSQL; FFmpeg composition. Every bean backs off when the host defines its own; {@link FilmAgentBuilderCustomizer}
 * beans adjust the rest, {@code Handler} beans marked {@link FilmgenStage} replace a stage, {@link FilmListener}
 * beans receive every turn's events.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(FilmAgent.class)
@ConditionalOnProperty(prefix = "filmgen", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(FilmgenProperties.class)
@Import({ModelsConfiguration.DashScope.class, ModelsConfiguration.Offline.class, StorageConfiguration.Oss.class,
        StorageConfiguration.Local.class, ModelsConfiguration.Ffmpeg.class, SessionStoreConfiguration.Files.class,
        SessionStoreConfiguration.Memory.class, SessionStoreConfiguration.Jdbc.class,
        SessionStoreConfiguration.JdbcModuleMissing.class})
public class FilmgenAutoConfiguration {
    /** Name of the offline model set bean; while it is the models in use, the config names offline models. */
    public static final String OFFLINE_MODELS_BEAN = "filmgenOfflineModels";
    /** Name of the DashScope model set bean (with the offline models routed under {@code offline}). */
    public static final String DASHSCOPE_MODELS_BEAN = "filmgenDashScopeModels";

    /** The film settings: {@code filmgen.config-file} with the {@code filmgen.*} properties over it. */
    @Bean
    @ConditionalOnMissingBean
    public FilmConfig filmgenConfig(FilmgenProperties properties, ListableBeanFactory beans) {
        FilmConfig config = ConfigAssembler.assemble(properties);
        return beans.containsBeanDefinition(OFFLINE_MODELS_BEAN) ? ModelsConfiguration.Offline.adapt(config) : config;
    }

    /** Rule-based intents offline; the LLM classifier (falling back to the rules) with DashScope. */
    @Bean
    @ConditionalOnMissingBean
    public Classifier filmgenClassifier(FilmConfig config, ObjectProvider<ModelSet> models, ListableBeanFactory beans) {
        ModelSet m = models.getIfAvailable();
        String intentModel = config.intentModel();
        if (m == null || m.text() == null || beans.containsBeanDefinition(OFFLINE_MODELS_BEAN) || intentModel == null
                || intentModel.equals("offline") || intentModel.equals("none")) {
            return new RuleClassifier();
        }
        return LlmClassifier.builder().model(m.text()).modelName(intentModel).fallback(new RuleClassifier()).build();
    }

    /**
     * The agent, with every part above, the provider's prices and a shared call limiter when there are such beans,
     * the host's handlers, listeners and customizers.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public FilmAgent filmAgent(FilmgenProperties properties, FilmConfig config, ObjectProvider<ModelSet> models,
                               Storage storage, SessionStore sessions, ObjectProvider<Composer> composer,
                               ObjectProvider<MediaProbe> probe, Classifier classifier,
                               ObjectProvider<PriceList> prices, ObjectProvider<CallLimiter> limiter,
                               ObjectProvider<FilmListener> listeners,
                               ObjectProvider<FilmAgentBuilderCustomizer> customizers, ListableBeanFactory beans) {
        ModelSet modelSet = models.getIfAvailable();
        if (modelSet == null) {
            throw new IllegalStateException("filmgen has no models: add filmgen-offline (no key needed) or "
                    + "filmgen-dashscope with filmgen.dashscope.api-key, or define a ModelSet bean");
        }
        FilmAgentBuilder b = FilmAgent.builder().models(modelSet).config(config).storage(storage)
                .sessionStore(sessions).classifier(classifier).workDir(properties.getDataDir().resolve("work"))
                .listener(new CompositeListener(listeners.orderedStream().toList()));
        composer.ifAvailable(b::composer);
        probe.ifAvailable(b::probe);
        prices.ifAvailable(b::prices);
        limiter.ifAvailable(b::callLimiter);
        HandlerBeans.byStage(beans).forEach(b::handler);
        Duration deadline = properties.getTurnDeadline();
        if (deadline != null) {
            b.turnDeadline(deadline, Duration.ofSeconds(30));
        }
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }
}
