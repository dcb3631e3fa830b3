package dev.filmgen.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.SessionIds;
import dev.filmgen.session.SessionStore;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.store.jdbc.internal.Db;
import dev.filmgen.store.jdbc.internal.StoreJson;
import dev.filmgen.store.jdbc.internal.TaskRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link SessionStore} on PostgreSQL: one row per session (the document as JSONB, the version as a column
 * checked on every save) and the task journal in its own table, one row per paid call, so an instance that
 * takes a session over finds the remote task ids another one was polling. Each save is one transaction.
 * The tables come from {@link JdbcFilmBackend#migrate()}. Thread-safe; shares nothing but the data source.
 */
public final class JdbcSessionStore implements SessionStore {
    private static final String LOAD = "SELECT s.version, s.doc::text, (SELECT coalesce(jsonb_agg(t.record ORDER BY"
            + " t.ord), '[]'::jsonb)::text FROM filmgen_task t WHERE t.session_id = s.id) FROM filmgen_session s"
            + " WHERE s.id = ?";
    private static final String INSERT = "INSERT INTO filmgen_session (id, version, doc, created_at, updated_at)"
            + " VALUES (?, 1, ?::jsonb, ?, ?) ON CONFLICT (id) DO NOTHING";
    private static final String UPDATE = "UPDATE filmgen_session SET version = ?, doc = ?::jsonb, updated_at = ?"
            + " WHERE id = ? AND version = ?";

    private final Db db;

    private JdbcSessionStore(Db db) {
        this.db = db;
    }

    /** A store on {@code dataSource}, whose database has the filmgen tables. */
    public static JdbcSessionStore create(DataSource dataSource) {
        return new JdbcSessionStore(new Db(dataSource));
    }

    @Override
    public Optional<FilmSession> load(String id) {
        SessionIds.validate(id);
        return db.auto("loading session " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(LOAD)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(session(id, rs.getLong(1), rs.getString(2), rs.getString(3)))
                            : Optional.<FilmSession>empty();
                }
            }
        });
    }

    @Override
    public FilmSession save(FilmSession session) {
        Objects.requireNonNull(session, "session");
        String id = SessionIds.validate(session.id());
        FilmSession next = session.toBuilder().version(session.version() + 1).build();
        String doc = document(next);
        Instant now = Instant.now();
        Timestamp updated = Timestamp.from(next.updatedAt() == null ? now : next.updatedAt());
        return db.tx("saving session " + id, c -> {
            int changed;
            if (session.version() == 0) {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    ps.setString(1, id);
                    ps.setString(2, doc);
                    ps.setTimestamp(3, Timestamp.from(next.createdAt() == null ? now : next.createdAt()));
                    ps.setTimestamp(4, updated);
                    changed = ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                    ps.setLong(1, next.version());
                    ps.setString(2, doc);
                    ps.setTimestamp(3, updated);
                    ps.setString(4, id);
                    ps.setLong(5, session.version());
                    changed = ps.executeUpdate();
                }
            }
            if (changed != 1) {
                throw new SessionConflictException("session " + id + " was saved by another turn (stored version "
                        + storedVersion(c, id) + ", this turn has " + session.version() + ")");
            }
            TaskRows.sync(c, id, next.tasks());
            return next;
        });
    }

    @Override
    public boolean delete(String id) {
        SessionIds.validate(id);
        return db.auto("deleting session " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM filmgen_session WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<String> list() {
        return db.auto("listing sessions", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM filmgen_session ORDER BY id COLLATE \"C\"");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    private static long storedVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM filmgen_session WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The session's JSON without its version (a column) and task records (rows of their own). */
    private static String document(FilmSession s) {
        ObjectNode doc = (ObjectNode) StoreJson.tree(s);
        doc.remove("version");
        doc.remove("tasks");
        return StoreJson.write(doc);
    }

    private static FilmSession session(String id, long version, String doc, String tasks) {
        FilmSession s = StoreJson.read(doc, FilmSession.class, "stored session " + id);
        Map<String, TaskRecord> records = new LinkedHashMap<>();
        for (JsonNode n : StoreJson.readTree(tasks, "task journal of session " + id)) {
            TaskRecord r = StoreJson.convert(n, TaskRecord.class, "a task record of session " + id);
            records.put(r.key(), r);
        }
        return s.toBuilder().version(version).tasks(records).build();
    }
}
