package dev.filmgen.spring.boot.autoconfigure.actuate;

import dev.filmgen.FilmAgent;
import dev.filmgen.model.ModelSet;
import dev.filmgen.session.SessionStore;
import dev.filmgen.spring.boot.autoconfigure.FilmgenAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.internal.DatabaseProbe;
import dev.filmgen.spring.boot.autoconfigure.internal.HealthCheck;
import dev.filmgen.spring.boot.autoconfigure.internal.Providers;
import dev.filmgen.storage.Storage;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code filmgen} health contributor when Spring Boot Actuator is present
 * ({@code management.health.filmgen.enabled=false} turns it off).
 */
@AutoConfiguration(after = FilmgenAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, FilmAgent.class})
@ConditionalOnBean(FilmAgent.class)
@ConditionalOnEnabledHealthIndicator("filmgen")
public class FilmgenHealthAutoConfiguration {

    /** Storage writable, sessions reachable, the database answering (JDBC store), provider configured. */
    @Bean
    @ConditionalOnMissingBean(name = "filmgenHealthIndicator")
    public FilmgenHealthIndicator filmgenHealthIndicator(Storage storage, SessionStore sessions,
                                                         ObjectProvider<ModelSet> models,
                                                         ObjectProvider<DatabaseProbe> database,
                                                         ListableBeanFactory beans) {
        return new FilmgenHealthIndicator(new HealthCheck(storage, sessions, models.getIfAvailable(),
                Providers.inUse(beans), database.getIfAvailable()));
    }
}
