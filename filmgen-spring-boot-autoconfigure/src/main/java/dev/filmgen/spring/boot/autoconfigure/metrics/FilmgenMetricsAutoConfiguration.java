package dev.filmgen.spring.boot.autoconfigure.metrics;

import dev.filmgen.FilmAgent;
import dev.filmgen.model.ModelSet;
import dev.filmgen.spring.boot.autoconfigure.FilmAgentBuilderCustomizer;
import dev.filmgen.spring.boot.autoconfigure.FilmgenAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for filmgen when a {@link MeterRegistry} exists (Spring Boot Actuator): model calls by model and
 * outcome, paid units, stage durations and failures, items and films made. {@code filmgen.metrics.enabled=false}
 * turns them off.
 */
@AutoConfiguration(before = FilmgenAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, FilmAgent.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "filmgen.metrics", name = "enabled", havingValue = "true", matchIfMissing = true)
public class FilmgenMetricsAutoConfiguration {

    /** Stage, item and film meters from the agent's events. */
    @Bean
    @ConditionalOnMissingBean
    public FilmgenMetrics filmgenMetrics(MeterRegistry registry) {
        return new FilmgenMetrics(registry);
    }

    /** Measures every model call by wrapping the agent's model ports. */
    @Bean
    public FilmAgentBuilderCustomizer filmgenModelMetrics(ObjectProvider<ModelSet> models, MeterRegistry registry) {
        return builder -> models.ifAvailable(m -> builder.models(MeteredModels.wrap(m, registry)));
    }
}
