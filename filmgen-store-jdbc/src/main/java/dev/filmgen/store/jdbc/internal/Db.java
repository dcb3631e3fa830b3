package dev.filmgen.store.jdbc.internal;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs JDBC work on a pooled connection: one transaction per call, rolled back on any failure, and
 * {@link SQLException}s mapped into filmgen's exception tree (connection loss, serialization failures,
 * deadlocks and an overloaded server are retriable; everything else is not).
 */
public final class Db {
    private final DataSource dataSource;

    public Db(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Work that uses one connection and may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction; {@code what} names the operation in error messages. */
    public <T> T tx(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw map(what, e);
        }
    }

    /** Runs {@code work} with auto-commit (one statement, or reads that need no transaction). */
    public <T> T auto(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw map(what, e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    /** The filmgen exception for a database failure during {@code what}. */
    public static FilmgenException map(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = what + " failed: " + e.getMessage() + (state.isEmpty() ? "" : " (SQLState " + state + ")");
        if (transientState(state)) {
            return new RetriableException(message, e);
        }
        return new NonRetriableException(message, e);
    }

    /**
     * Connection exceptions (08), serialization failures and deadlocks (40001, 40P01), too many connections
     * (53300) and server shutdown (57P01–57P03) may succeed when tried again; so may a failure with no state
     * (the pool timed out waiting for a connection).
     */
    static boolean transientState(String state) {
        return state.isEmpty() || state.startsWith("08") || state.equals("40001") || state.equals("40P01")
                || state.equals("53300") || state.startsWith("57P0");
    }
}
