package dev.filmgen.store.jdbc.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests: the one {@value #URL_ENV} names (with {@value #USER_ENV} and
 * {@value #PASSWORD_ENV}), or else a throwaway cluster that {@link LocalCluster} starts from the installed server
 * binaries ({@code initdb}, {@code pg_ctl}) in a temporary folder and stops when the JVM exits. Each caller gets
 * a fresh schema. With neither a server nor the binaries the tests are skipped with a message saying what to
 * install, except on CI ({@code CI=true}), where that is a failure: CI installs PostgreSQL and must run them.
 */
public final class TestPostgres {
    /** JDBC URL of an existing server to test against instead of a throwaway cluster. */
    public static final String URL_ENV = "FILMGEN_TEST_JDBC_URL";
    public static final String USER_ENV = "FILMGEN_TEST_JDBC_USER";
    public static final String PASSWORD_ENV = "FILMGEN_TEST_JDBC_PASSWORD";

    private static Server server;
    private static String missing;
    private static final List<String> SCHEMAS = new ArrayList<>();

    private TestPostgres() {
    }

    /** Where a server listens and who may create schemas there. */
    record Server(String url, String user, String password) {
        String withSchema(String schema) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
    }

    /** A fresh, empty schema named after {@code label}; skips (or, on CI, fails) the caller when there is no server. */
    public static synchronized TestDatabase newDatabase(String label) {
        Server s = server();
        String schema = "t_" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + s.url() + " as " + s.user()
                    + ": " + e.getMessage(), e);
        }
        SCHEMAS.add(schema);
        return new TestDatabase(s.withSchema(schema), s.user(), s.password(), schema);
    }

    private static Server server() {
        if (server != null) {
            return server;
        }
        if (missing == null) {
            String url = System.getenv(URL_ENV);
            if (url != null && !url.isBlank()) {
                server = new Server(url.trim(), envOr(USER_ENV, System.getProperty("user.name")), envOr(PASSWORD_ENV, ""));
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropSchemas, "drop-test-schemas"));
                return server;
            }
            Path bin = LocalCluster.findBin();
            if (bin == null) {
                missing = "no PostgreSQL for the JDBC tests: set " + URL_ENV + " (and " + USER_ENV + ", " + PASSWORD_ENV
                        + ") to a server where that user may create schemas, or install the server binaries"
                        + " (Debian: apt-get install postgresql) so the tests start a throwaway cluster";
            } else {
                try {
                    server = LocalCluster.start(bin);
                    return server;
                } catch (IOException e) {
                    throw new IllegalStateException("PostgreSQL binaries are in " + bin
                            + " but a throwaway cluster did not start: " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting PostgreSQL", e);
                }
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing + " (CI=true: .ci/run installs postgresql, so this is a failure)");
        }
        Assumptions.abort(missing);
        throw new AssertionError("unreachable");
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static synchronized void dropSchemas() {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement st = c.createStatement()) {
            for (String schema : SCHEMAS) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test schemas " + SCHEMAS + ": " + e.getMessage());
        }
    }
}
