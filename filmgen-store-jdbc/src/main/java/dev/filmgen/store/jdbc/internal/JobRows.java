package dev.filmgen.store.jdbc.internal;

import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.FilmJobResult;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The statements on {@code filmgen_job}; each takes the caller's connection. */
public final class JobRows {
    private static final String COLUMNS = "id, queue, job_key, request::text, status, owner, attempts, result::text,"
            + " error, created_at, started_at, finished_at";
    /**
     * Claims the oldest claimable job: queued, or running with its lease run out (its instance died), and the
     * oldest unfinished job of its session, so a session's jobs run in order and one at a time. Rows another
     * instance is claiming right now are skipped, not waited for.
     */
    private static final String CLAIM = "UPDATE filmgen_job j SET status = 'running', owner = ?,"
            + " lease_until = clock_timestamp() + make_interval(secs => ?), attempts = j.attempts + 1,"
            + " started_at = coalesce(j.started_at, clock_timestamp())"
            + " WHERE j.id = (SELECT c.id FROM filmgen_job c WHERE c.queue = ANY (?) AND %s"
            + " (c.status = 'queued' OR (c.status = 'running' AND c.lease_until < clock_timestamp()))"
            + " AND NOT EXISTS (SELECT 1 FROM filmgen_job o WHERE o.session_id = c.session_id AND o.id < c.id"
            + " AND o.status IN ('queued', 'running'))"
            + " ORDER BY c.id FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING " + COLUMNS;

    private JobRows() {
    }

    /**
     * Adds a queued job, or finds the one already in {@code queue} under {@code key} (queueing it again when it
     * failed or was cancelled); returns its id.
     */
    public static long insert(Connection c, String queue, String key, FilmJobRequest r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO filmgen_job (queue, job_key, session_id, kind,"
                + " request) VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (queue, job_key) DO UPDATE SET"
                + " status = 'queued', request = excluded.request, session_id = excluded.session_id,"
                + " kind = excluded.kind, owner = NULL, lease_until = NULL, attempts = 0, result = NULL, error = NULL,"
                + " started_at = NULL, finished_at = NULL WHERE filmgen_job.status IN ('failed', 'cancelled')"
                + " RETURNING id")) {
            ps.setString(1, queue);
            ps.setString(2, key);
            ps.setString(3, r.sessionId());
            ps.setString(4, r.kind().name());
            ps.setString(5, StoreJson.text(r));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM filmgen_job WHERE queue = ? AND job_key = ?")) {
            ps.setString(1, queue);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Claims one job of {@code queues} (only job {@code onlyId} when given) for {@code owner}. */
    public static Optional<FilmJob> claim(Connection c, List<String> queues, String owner, Duration lease,
                                          Long onlyId) throws SQLException {
        String sql = String.format(Locale.ROOT, CLAIM, onlyId == null ? "" : "c.id = ? AND");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, owner);
            ps.setDouble(2, lease.toMillis() / 1000.0);
            Array a = c.createArrayOf("varchar", queues.toArray());
            ps.setArray(3, a);
            if (onlyId != null) {
                ps.setLong(4, onlyId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
        }
    }

    /** Extends the leases of {@code ids} that {@code owner} still holds; returns those it holds. */
    public static List<Long> renew(Connection c, String owner, List<Long> ids, Duration lease) throws SQLException {
        List<Long> held = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE filmgen_job SET lease_until = clock_timestamp()"
                + " + make_interval(secs => ?) WHERE id = ANY (?) AND owner = ? AND status = 'running' RETURNING id")) {
            ps.setDouble(1, lease.toMillis() / 1000.0);
            ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
            ps.setString(3, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(rs.getLong(1));
                }
            }
        }
        return held;
    }

    /** Ends a job {@code owner} holds; false when it no longer holds it (another instance took it over). */
    public static boolean finish(Connection c, long id, String owner, FilmJob.Status status, FilmJobResult result,
                                 String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE filmgen_job SET status = ?, result = ?::jsonb,"
                + " error = ?, finished_at = clock_timestamp(), lease_until = NULL WHERE id = ? AND owner = ?"
                + " AND status = 'running'")) {
            ps.setString(1, status.name().toLowerCase(Locale.ROOT));
            ps.setString(2, result == null ? null : StoreJson.text(result));
            ps.setString(3, error);
            ps.setLong(4, id);
            ps.setString(5, owner);
            return ps.executeUpdate() == 1;
        }
    }

    /** Puts the jobs {@code owner} is running back in their queue (a clean stop), so others take them at once. */
    public static int release(Connection c, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE filmgen_job SET status = 'queued', owner = NULL,"
                + " lease_until = NULL WHERE owner = ? AND status = 'running'")) {
            ps.setString(1, owner);
            return ps.executeUpdate();
        }
    }

    public static Optional<FilmJob> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM filmgen_job WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
        }
    }

    /** Every job of {@code queue}, oldest first. */
    public static List<FilmJob> list(Connection c, String queue) throws SQLException {
        List<FilmJob> jobs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM filmgen_job WHERE queue = ?"
                + " ORDER BY id")) {
            ps.setString(1, queue);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(job(rs));
                }
            }
        }
        return jobs;
    }

    private static FilmJob job(ResultSet rs) throws SQLException {
        String result = rs.getString(8);
        return new FilmJob(rs.getLong(1), rs.getString(2), rs.getString(3),
                StoreJson.read(rs.getString(4), FilmJobRequest.class, "job request"),
                FilmJob.Status.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)), rs.getString(6), rs.getInt(7),
                result == null ? null : StoreJson.read(result, FilmJobResult.class, "job result"), rs.getString(9),
                instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
