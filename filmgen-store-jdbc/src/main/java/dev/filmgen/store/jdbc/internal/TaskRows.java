package dev.filmgen.store.jdbc.internal;

import dev.filmgen.session.TaskRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a session's task records into {@code filmgen_task}, touching only rows that changed: a save after one
 * clip finished writes one row, not the whole journal.
 */
public final class TaskRows {
    private static final String UPSERT = "INSERT INTO filmgen_task (session_id, task_key, ord, stage, item, status,"
            + " remote_task_id, record, record_hash, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
            + " ON CONFLICT (session_id, task_key) DO UPDATE SET ord = excluded.ord, stage = excluded.stage,"
            + " item = excluded.item, status = excluded.status, remote_task_id = excluded.remote_task_id,"
            + " record = excluded.record, record_hash = excluded.record_hash, updated_at = excluded.updated_at";

    private TaskRows() {
    }

    /** Makes the rows of {@code sessionId} equal {@code tasks}, in map order; inside the caller's transaction. */
    public static void sync(Connection c, String sessionId, Map<String, TaskRecord> tasks) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT task_key, ord, record_hash FROM filmgen_task WHERE session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getInt(2) + ":" + rs.getString(3));
                }
            }
        }
        Set<String> gone = new HashSet<>(stored.keySet());
        int ord = 0;
        int batched = 0;
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (TaskRecord r : tasks.values()) {
                gone.remove(r.key());
                String json = StoreJson.text(r);
                String hash = StoreJson.sha1(json);
                if (!(ord + ":" + hash).equals(stored.get(r.key()))) {
                    ps.setString(1, sessionId);
                    ps.setString(2, r.key());
                    ps.setInt(3, ord);
                    ps.setString(4, r.stage() == null ? "" : r.stage().name());
                    ps.setInt(5, r.item());
                    ps.setString(6, r.status() == null ? "" : r.status().name());
                    ps.setString(7, r.remoteTaskId());
                    ps.setString(8, json);
                    ps.setString(9, hash);
                    ps.setTimestamp(10, Timestamp.from(r.updatedAt() == null ? Instant.now() : r.updatedAt()));
                    ps.addBatch();
                    batched++;
                }
                ord++;
            }
            if (batched > 0) {
                ps.executeBatch();
            }
        }
        if (!gone.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM filmgen_task WHERE session_id = ? AND task_key = ?")) {
                for (String key : gone) {
                    ps.setString(1, sessionId);
                    ps.setString(2, key);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
