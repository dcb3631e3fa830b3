package dev.filmgen.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.SessionStore;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.stage.Stage;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import dev.filmgen.testing.kit.SessionStoreKit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session-store kit on a real PostgreSQL, plus what only a database store promises. */
class JdbcSessionStoreTest extends SessionStoreKit {
    private static HikariDataSource ds;

    @BeforeAll
    static void database() {
        TestDatabase db = TestPostgres.newDatabase("sessions");
        ds = db.dataSource(8);
        JdbcFilmBackend.create(ds).migrate();
    }

    @AfterAll
    static void close() {
        if (ds != null) {
            ds.close();
        }
    }

    @Override
    protected SessionStore store() {
        sql("TRUNCATE filmgen_session CASCADE");
        return JdbcSessionStore.create(ds);
    }

    @Override
    protected SessionStore sameDataStore(SessionStore first) {
        return JdbcSessionStore.create(ds);
    }

    private static TaskRecord task(String key, TaskRecord.Status status, String remote) {
        return new TaskRecord(key, Stage.VIDEO, 1, status, remote, null, null, Instant.parse("2026-01-02T03:04:07Z"));
    }

    @Test
    void theTaskJournalIsOneRowPerPaidCallWithItsRemoteTaskId() {
        SessionStore store = store();
        store.save(sample("journal").toBuilder().task(task("k2", TaskRecord.Status.SUBMITTED, "task-10")).build());

        List<String> rows = rows("SELECT task_key || ' ' || status || ' ' || coalesce(remote_task_id, '-') FROM"
                + " filmgen_task WHERE session_id = 'journal' ORDER BY ord");
        assertEquals(List.of("k1 SUBMITTED task-9", "k2 SUBMITTED task-10"), rows);
        assertEquals(List.of("journal"), rows("SELECT session_id FROM filmgen_task WHERE status = 'SUBMITTED'"
                + " AND remote_task_id = 'task-10'"), "an operator finds who waits for a remote task");
    }

    @Test
    void aSaveRewritesOnlyTheTaskRowsThatChanged() {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("delta").toBuilder()
                .task(task("k2", TaskRecord.Status.SUBMITTED, "task-10")).build());
        Map<String, String> before = xmins("delta");

        store.save(v1.toBuilder().task(task("k2", TaskRecord.Status.DONE, "task-10")).build());

        Map<String, String> after = xmins("delta");
        assertEquals(before.get("k1"), after.get("k1"), "untouched record kept its row version");
        assertFalse(before.get("k2").equals(after.get("k2")), "the changed record was rewritten");
        assertEquals(TaskRecord.Status.DONE, store.load("delta").orElseThrow().tasks().get("k2").status());
    }

    @Test
    void aRemovedTaskRecordLeavesTheJournalAndOrderIsKept() {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("order").toBuilder()
                .task(task("k2", TaskRecord.Status.DONE, null)).task(task("k3", TaskRecord.Status.DONE, null)).build());
        Map<String, TaskRecord> tasks = new LinkedHashMap<>(v1.tasks());
        tasks.remove("k2");
        store.save(v1.toBuilder().tasks(tasks).build());

        FilmSession loaded = store.load("order").orElseThrow();
        assertEquals(List.of("k1", "k3"), new ArrayList<>(loaded.tasks().keySet()));
        assertEquals(2, rows("SELECT task_key FROM filmgen_task WHERE session_id = 'order'").size());
    }

    @Test
    void aStaleSaveWritesNothingToTheJournal() {
        SessionStore store = store();
        FilmSession v1 = store.save(sample("stale-journal"));
        store.save(v1.toBuilder().complete(Stage.SCRIPT).build());

        assertThrows(SessionConflictException.class,
                () -> store.save(v1.toBuilder().task(task("late", TaskRecord.Status.SUBMITTED, "task-77")).build()));

        assertEquals(List.of(), rows("SELECT task_key FROM filmgen_task WHERE task_key = 'late'"));
    }

    @Test
    void deletingASessionDeletesItsJournal() {
        SessionStore store = store();
        store.save(sample("gone"));
        assertTrue(store.delete("gone"));
        assertEquals(List.of(), rows("SELECT task_key FROM filmgen_task WHERE session_id = 'gone'"));
    }

    @Test
    void theDocumentIsQueryableJsonb() {
        store().save(sample("query"));
        assertEquals(List.of("一款红色水壶"), rows("SELECT doc -> 'topic' ->> 'text' FROM filmgen_session"
                + " WHERE id = 'query'"));
    }

    @Test
    void aNulCharacterInModelTextIsStoredAsReplacementCharacter() {
        SessionStore store = store();
        store.save(FilmSession.create("nul", Instant.EPOCH).toBuilder().topic(Topic.of("tea\u0000pot"))
                .productInsight("odd \u0000 answer").build());
        FilmSession loaded = store.load("nul").orElseThrow();
        assertEquals("tea\uFFFDpot", loaded.topic().text());
        assertEquals("odd \uFFFD answer", loaded.productInsight());
    }

    @Test
    void migratingAgainChangesNothing() {
        store().save(sample("kept"));
        JdbcFilmBackend.create(ds).migrate();
        assertTrue(JdbcSessionStore.create(ds).load("kept").isPresent());
    }

    private static Map<String, String> xmins(String session) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String row : rows("SELECT task_key || '=' || xmin::text FROM filmgen_task WHERE session_id = '"
                + session + "' ORDER BY ord")) {
            String[] kv = row.split("=");
            m.put(kv[0], kv[1]);
        }
        return m;
    }

    static List<String> rows(String query) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(query);
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    private static void sql(String statement) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
