package dev.filmgen.store.jdbc.internal;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one job's events to {@code filmgen_job_event}, so another instance can relay them. Events are buffered
 * and written in one batch per {@link #flush()} (the jobs' heartbeat calls it a few times a second, and the job's
 * end once more), never on the turn's own threads; a failed write is logged and the events are dropped, since the
 * turn itself must not stop for its audience.
 */
public final class EventLog implements FilmListener {
    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);

    private final Db db;
    private final long jobId;
    private final List<String> pending = new ArrayList<>();
    private int next;

    private EventLog(Db db, long jobId, int next) {
        this.db = db;
        this.jobId = jobId;
        this.next = next;
    }

    /** A log continuing after the events an earlier attempt of the job wrote. */
    public static EventLog open(Db db, long jobId) {
        int last = db.auto("reading events of job " + jobId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(seq), -1) FROM filmgen_job_event WHERE job_id = ?")) {
                ps.setLong(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        return new EventLog(db, jobId, last + 1);
    }

    @Override
    public synchronized void onEvent(FilmEvent event) {
        pending.add(EventCodec.write(event));
    }

    /** Writes what was buffered. */
    public void flush() {
        List<String> batch;
        int first;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending);
            pending.clear();
            first = next;
            next += batch.size();
        }
        try {
            db.tx("writing events of job " + jobId, c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO filmgen_job_event (job_id, seq, event) VALUES (?, ?, ?::jsonb)")) {
                    for (int i = 0; i < batch.size(); i++) {
                        ps.setLong(1, jobId);
                        ps.setInt(2, first + i);
                        ps.setString(3, batch.get(i));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("job {}: {} event(s) not recorded for relaying: {}", jobId, batch.size(), e.getMessage());
        }
    }

    /** One event read back with its place in the log. */
    public record Entry(int seq, FilmEvent event) {
    }

    /** The events of {@code jobId} after {@code afterSeq}, in order (unknown kinds skipped). */
    public static List<Entry> read(Db db, long jobId, int afterSeq) {
        return db.auto("reading events of job " + jobId, c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, event::text FROM filmgen_job_event"
                    + " WHERE job_id = ? AND seq > ? ORDER BY seq")) {
                ps.setLong(1, jobId);
                ps.setInt(2, afterSeq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        FilmEvent e = EventCodec.read(rs.getString(2));
                        if (e != null) {
                            out.add(new Entry(rs.getInt(1), e));
                        }
                    }
                }
            }
            return out;
        });
    }
}
