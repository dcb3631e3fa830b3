package dev.filmgen.store.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import java.util.Map;

/**
 * One empty schema on the test server, for one test class (or one group of processes sharing it).
 *
 * @param url JDBC URL whose {@code currentSchema} is the schema
 * @param user database user
 * @param password password, or empty
 * @param schema the schema's name
 */
public record TestDatabase(String url, String user, String password, String schema) {

    /** A small pool on the schema; close it after the test. */
    public HikariDataSource dataSource(int poolSize) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(poolSize);
        c.setPoolName("test-" + schema);
        return new HikariDataSource(c);
    }

    /** The environment that points a filmgen process (CLI, service, a child JVM) at this schema. */
    public Map<String, String> env() {
        return Map.of(JdbcFilmBackend.URL_ENV, url, JdbcFilmBackend.USER_ENV, user,
                JdbcFilmBackend.PASSWORD_ENV, password);
    }
}
