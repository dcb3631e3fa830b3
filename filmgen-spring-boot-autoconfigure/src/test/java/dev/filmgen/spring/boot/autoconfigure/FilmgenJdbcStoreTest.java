package dev.filmgen.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.CallLimiter;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.SessionStore;
import dev.filmgen.spring.boot.autoconfigure.actuate.FilmgenHealthAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.actuate.FilmgenHealthIndicator;
import dev.filmgen.store.jdbc.JdbcCallLimiter;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcSessionStore;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code filmgen.store=jdbc} the way a host sets it up (Spring's own DataSource from {@code spring.datasource.*}),
 * against a real PostgreSQL: a throwaway cluster from the installed binaries, or {@code FILMGEN_TEST_JDBC_URL}.
 */
class FilmgenJdbcStoreTest {
    @TempDir
    Path data;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        FilmgenAutoConfiguration.class, FilmgenHealthAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data, "filmgen.store=jdbc");
    }

    private ApplicationContextRunner on(TestDatabase db) {
        return runner().withPropertyValues("spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.user(), "spring.datasource.password=" + db.password());
    }

    @Test
    void sessionsAndQuotasLiveInTheApplicationsDatabaseMigratedAtStartup() {
        TestDatabase db = TestPostgres.newDatabase("starter");
        on(db).run(ctx -> {
            assertThat(ctx).hasSingleBean(JdbcFilmBackend.class);
            assertThat(ctx.getBean(SessionStore.class)).isInstanceOf(JdbcSessionStore.class);
            assertThat(ctx.getBean(CallLimiter.class)).isInstanceOf(JdbcCallLimiter.class)
                    .isSameAs(ctx.getBean(JdbcFilmBackend.class).callLimiter());
            FilmAgent agent = ctx.getBean(FilmAgent.class);
            agent.chat("jdbc-1", new UserMessage("百炼椰汁", "Topic", null), e -> { });
            agent.chat("jdbc-1", new UserMessage("", "Script", null), e -> { });
            DataSource ds = ctx.getBean(DataSource.class);
            assertThat(count(ds, "SELECT count(*) FROM filmgen_session WHERE id = 'jdbc-1'")).isEqualTo(1);
            // the Script stage's offline text call took its in-flight slot from the shared quota tables
            assertThat(count(ds, "SELECT count(*) FROM filmgen_quota_slot WHERE model = 'offline'")).isGreaterThan(0);
            assertThat(count(ds, "SELECT count(*) FROM filmgen_schema_history WHERE success")).isGreaterThan(0);
        });
    }

    @Test
    void migrateFalseLeavesTheSchemaToTheOperator() {
        TestDatabase db = TestPostgres.newDatabase("nomigrate");
        on(db).withPropertyValues("filmgen.jdbc.migrate=false").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(JdbcFilmBackend.class);
            assertThat(count(ctx.getBean(DataSource.class), "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = '" + db.schema() + "'")).isZero();
            Health h = ctx.getBean(FilmgenHealthIndicator.class).health();
            assertThat(h.getStatus()).isEqualTo(Status.DOWN);
            assertThat(h.getDetails().get("sessions").toString()).startsWith("unreachable");
        });
    }

    @Test
    void theHealthContributorReportsTheDatabaseAndGoesDownWithIt() {
        TestDatabase db = TestPostgres.newDatabase("health");
        on(db).run(ctx -> {
            Health up = ctx.getBean(FilmgenHealthIndicator.class).health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            @SuppressWarnings("unchecked")
            Map<String, Object> database = (Map<String, Object>) up.getDetails().get("database");
            assertThat(database).containsEntry("status", "up");
            assertThat(database.get("detail").toString()).startsWith("PostgreSQL ");
            ctx.getBean(HikariDataSource.class).close();
            Health down = ctx.getBean(FilmgenHealthIndicator.class).health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            @SuppressWarnings("unchecked")
            Map<String, Object> gone = (Map<String, Object>) down.getDetails().get("database");
            assertThat(gone).containsEntry("status", "down");
        });
    }

    @Test
    void withoutADataSourceTheStartupErrorNamesTheMissingBean() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FilmgenAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data, "filmgen.store=jdbc")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("filmgen.store=jdbc needs a javax.sql.DataSource bean")
                        .hasMessageContaining("spring.datasource.url"));
    }

    @Test
    void twoDataSourcesWithoutAPrimaryAreNamed() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FilmgenAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data, "filmgen.store=jdbc")
                .withUserConfiguration(TwoDataSources.class)
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("found 2").hasMessageContaining("orders")
                        .hasMessageContaining("reports").hasMessageContaining("@Primary"));
    }

    @Test
    void withoutTheJdbcModuleTheStartupErrorSaysWhatToAdd() {
        runner().withClassLoader(new FilteredClassLoader("dev.filmgen.store.jdbc."))
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:1/none")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("dev.filmgen:filmgen-store-jdbc"));
    }

    @Test
    void otherStoresMakeNoBackendEvenWithADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FilmgenAutoConfiguration.class))
                .withPropertyValues("filmgen.data-dir=" + data).withUserConfiguration(TwoDataSources.class)
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(JdbcFilmBackend.class)
                        .doesNotHaveBean(CallLimiter.class));
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        @Bean(destroyMethod = "close")
        HikariDataSource orders() {
            return unstarted("orders");
        }

        @Bean(destroyMethod = "close")
        HikariDataSource reports() {
            return unstarted("reports");
        }

        private static HikariDataSource unstarted(String name) {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl("jdbc:postgresql://localhost:1/" + name);
            return ds;
        }
    }
}
