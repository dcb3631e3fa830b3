package dev.filmgen.store.jdbc.internal;

import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or upgrades filmgen's tables with Flyway, from our own folder and into our own history table, so a
 * host's migrations ({@code db/migration}, {@code flyway_schema_history}) and ours never see each other. A
 * database that already holds other tables is baselined at version 0, then ours are added. Flyway takes an
 * advisory lock, so instances starting together migrate once.
 */
public final class Schema {
    /** Where our migrations live on the classpath. */
    public static final String LOCATION = "classpath:dev/filmgen/store/jdbc/migration";
    /** Flyway's history table for our migrations. */
    public static final String HISTORY_TABLE = "filmgen_schema_history";
    /** Our advisory lock key while migrating ("filmgen" in ASCII, as a number). */
    private static final long LOCK = 0x66696c6d67656eL;

    private Schema() {
    }

    /** Applies pending migrations; returns how many ran. */
    public static int migrate(DataSource dataSource) {
        // Flyway locks while it migrates, but two instances starting on an empty schema can both try to create the
        // history table first; one lock of ours around the whole run makes the second wait and find it done.
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + LOCK + ")");
            try {
                return flyway(dataSource);
            } finally {
                st.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw Db.map("locking filmgen's schema for migration", e);
        }
    }

    private static int flyway(DataSource dataSource) {
        try {
            MigrateResult r = Flyway.configure(Schema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            return r.migrationsExecuted;
        } catch (FlywayException e) {
            Throwable c = e;
            while (c != null && !(c instanceof SQLException)) {
                c = c.getCause();
            }
            if (c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                throw new RetriableException("cannot reach the database to create filmgen's tables: "
                        + s.getMessage(), e);
            }
            throw new NonRetriableException("cannot create or upgrade filmgen's tables: " + e.getMessage(), e);
        }
    }
}
