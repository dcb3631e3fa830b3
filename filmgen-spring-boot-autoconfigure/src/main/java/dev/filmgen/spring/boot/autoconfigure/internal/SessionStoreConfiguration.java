package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.calls.CallLimiter;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.InMemorySessionStore;
import dev.filmgen.session.SessionStore;
import dev.filmgen.spring.boot.autoconfigure.FilmgenProperties;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcHealth;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Where sessions live, by {@code filmgen.store}: files (default), memory, or PostgreSQL (filmgen-store-jdbc). */
public final class SessionStoreConfiguration {
    /** The JDBC backend's class, which decides whether {@code filmgen.store=jdbc} can work. */
    static final String JDBC_BACKEND = "dev.filmgen.store.jdbc.JdbcFilmBackend";
    private static final Logger LOG = LoggerFactory.getLogger(SessionStoreConfiguration.class);

    private SessionStoreConfiguration() {
    }

    /** JSON files under {@code data-dir/sessions}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "filmgen", name = "store", havingValue = "file", matchIfMissing = true)
    public static class Files {
        /** The file store. */
        @Bean
        @ConditionalOnMissingBean(SessionStore.class)
        public SessionStore filmgenSessionStore(FilmgenProperties properties) {
            return FileSessionStore.of(properties.getDataDir().resolve("sessions"));
        }
    }

    /** In memory, lost on restart. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "filmgen", name = "store", havingValue = "memory")
    public static class Memory {
        /** The in-memory store. */
        @Bean
        @ConditionalOnMissingBean(SessionStore.class)
        public SessionStore filmgenSessionStore() {
            return new InMemorySessionStore();
        }
    }

    /**
     * PostgreSQL on the application's {@code DataSource}: the session store with its task journal, the model quotas
     * shared by every instance of the account, and the database in the health contributor.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "filmgen", name = "store", havingValue = "jdbc")
    @ConditionalOnClass(name = JDBC_BACKEND)
    public static class Jdbc {
        /** The backend on the one {@code DataSource} (or the {@code @Primary} one), migrated unless told not to. */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        public JdbcFilmBackend filmgenJdbcBackend(ObjectProvider<DataSource> dataSources, ListableBeanFactory beans,
                                                  FilmgenProperties properties, Environment env) {
            DataSource dataSource = dataSources.getIfUnique();
            if (dataSource == null) {
                throw new IllegalStateException(missingDataSource(beans.getBeanNamesForType(DataSource.class)));
            }
            FilmgenProperties.JdbcProperties p = properties.getJdbc();
            String key = Providers.apiKey(env);
            JdbcFilmBackend backend = JdbcFilmBackend.builder().dataSource(dataSource)
                    .account(key == null ? "default" : key).instanceId(p.getInstanceId())
                    .quotaLease(p.getQuotaLease()).build();
            if (p.isMigrate()) {
                backend.migrate();
            } else {
                LOG.info("filmgen.jdbc.migrate=false: filmgen's tables are expected to exist already");
            }
            return backend;
        }

        /** The backend's session store (sessions as JSONB rows, the task journal as rows). */
        @Bean(destroyMethod = "")
        @ConditionalOnMissingBean(SessionStore.class)
        public SessionStore filmgenSessionStore(JdbcFilmBackend backend) {
            return backend.sessionStore();
        }

        /** Model quotas kept in the database, so every instance of the account keeps them together. */
        @Bean(destroyMethod = "")
        @ConditionalOnMissingBean(CallLimiter.class)
        public CallLimiter filmgenCallLimiter(JdbcFilmBackend backend) {
            return backend.callLimiter();
        }

        /** The database's answer for the health contributor. */
        @Bean
        @ConditionalOnMissingBean(DatabaseProbe.class)
        public DatabaseProbe filmgenDatabaseProbe(JdbcFilmBackend backend) {
            return () -> {
                JdbcHealth h = backend.health();
                return new DatabaseProbe.Result(h.up(), h.detail(), h.millis());
            };
        }

        static String missingDataSource(String[] names) {
            if (names.length == 0) {
                return "filmgen.store=jdbc needs a javax.sql.DataSource bean and the context has none: add"
                        + " spring-boot-starter-jdbc and set spring.datasource.url=jdbc:postgresql://host:5432/db"
                        + " (with spring.datasource.username and .password), or define a DataSource bean";
            }
            return "filmgen.store=jdbc needs one javax.sql.DataSource bean but found " + names.length + " "
                    + Arrays.toString(names) + ": mark the one for filmgen @Primary";
        }
    }

    /** {@code filmgen.store=jdbc} without the module: a startup error saying what to add. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "filmgen", name = "store", havingValue = "jdbc")
    @ConditionalOnMissingClass(JDBC_BACKEND)
    public static class JdbcModuleMissing {
        /** Fails startup. */
        @Bean
        @ConditionalOnMissingBean(SessionStore.class)
        public SessionStore filmgenSessionStore() {
            throw new IllegalStateException("filmgen.store=jdbc needs the module dev.filmgen:filmgen-store-jdbc on the"
                    + " classpath (its version comes from filmgen-bom), and a DataSource bean; or set filmgen.store to"
                    + " file or memory");
        }
    }
}
