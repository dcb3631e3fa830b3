package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.compose.Composer;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.cost.PriceList;
import dev.filmgen.dashscope.DashScopeModels;
import dev.filmgen.dashscope.DashScopePrices;
import dev.filmgen.dashscope.ModelRouter;
import dev.filmgen.model.ModelSet;
import dev.filmgen.offline.OfflineModels;
import dev.filmgen.spring.boot.autoconfigure.FilmgenAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.FilmgenProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/** The model and composition parts of the auto-configuration, each behind its module's presence. */
public final class ModelsConfiguration {
    /** The offline models' seed when {@code filmgen.seed} is unset: the CLI's, so both make the same film. */
    public static final long DEFAULT_SEED = 20251125L;

    private ModelsConfiguration() {
    }

    /** DashScope models (with the offline ones routed under {@code offline}) when a key is set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.filmgen.dashscope.DashScopeModels")
    @Conditional(OnDashScopeCondition.class)
    public static class DashScope {
        /** The models, routed by name per stage; the config's model names are checked against the routes. */
        @Bean(FilmgenAutoConfiguration.DASHSCOPE_MODELS_BEAN)
        @ConditionalOnMissingBean(ModelSet.class)
        public ModelSet filmgenDashScopeModels(FilmgenProperties properties, Environment env, FilmConfig config) {
            FilmgenProperties.DashScopeProperties d = properties.getDashscope();
            DashScopeModels.Builder b = DashScopeModels.builder().environment(env::getProperty)
                    .apiKey(Providers.apiKey(env));
            if (d.getBaseUrl() != null) {
                b.baseUrl(d.getBaseUrl());
            }
            if (d.getConnectTimeout() != null) {
                b.connectTimeout(d.getConnectTimeout());
            }
            if (d.getReadTimeout() != null) {
                b.readTimeout(d.getReadTimeout());
            }
            ModelRouter.Builder routes = ModelRouter.builder().dashScope(b.build().modelSet());
            if (ClassUtils.isPresent("dev.filmgen.offline.OfflineModels", getClass().getClassLoader())) {
                routes.route(OfflineModels.MODEL_NAME, OfflineModels.create(seed(properties)));
            }
            ModelRouter router = routes.build();
            router.validate(config);
            return router.models();
        }

        /**
         * Model Studio's published prices, so turns report their cost and budgets hold; config {@code prices} is
         * laid over them. A host's own {@code PriceList} bean replaces them.
         */
        @Bean
        @ConditionalOnMissingBean(PriceList.class)
        public PriceList filmgenDashScopePrices() {
            return DashScopePrices.list();
        }
    }

    /** The offline template models when no other {@link ModelSet} is configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.filmgen.offline.OfflineModels")
    public static class Offline {
        /** The offline models (no key, no network). */
        @Bean(FilmgenAutoConfiguration.OFFLINE_MODELS_BEAN)
        @ConditionalOnMissingBean(ModelSet.class)
        public ModelSet filmgenOfflineModels(FilmgenProperties properties) {
            return OfflineModels.create(seed(properties));
        }

        /** {@code config} with every model set to the offline one. */
        public static FilmConfig adapt(FilmConfig config) {
            return OfflineModels.config(config);
        }
    }

    /** FFmpeg composition and probing, in-process. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.filmgen.compose.ffmpeg.FfmpegComposer")
    public static class Ffmpeg {
        /** Reads media facts (duration, streams) for the composer and checks. */
        @Bean
        @ConditionalOnMissingBean
        public MediaProbe filmgenProbe() {
            return new FfmpegProbe();
        }

        /** Composes the film. */
        @Bean
        @ConditionalOnMissingBean
        public Composer filmgenComposer(MediaProbe probe) {
            return FfmpegComposer.builder().probe(probe).build();
        }
    }

    private static long seed(FilmgenProperties p) {
        return p.getSeed() != null ? p.getSeed() : DEFAULT_SEED;
    }
}
