package dev.filmgen.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.CallKind;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.stage.Stage;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.MemoryStorage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Film jobs shared by two instances on one database (two backends and agents in this JVM; see the process tests). */
class JdbcFilmJobsTest {
    private static HikariDataSource ds;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final MemoryStorage storage = new MemoryStorage();

    @BeforeAll
    static void database() {
        TestDatabase db = TestPostgres.newDatabase("jobs");
        ds = db.dataSource(16);
        JdbcFilmBackend.create(ds).migrate();
    }

    @AfterAll
    static void close() {
        if (ds != null) {
            ds.close();
        }
    }

    @BeforeEach
    void empty() {
        sql("TRUNCATE filmgen_job, filmgen_session CASCADE");
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /** One instance: its own backend (instance id), agent and fake models, on the shared database and storage. */
    private final class Instance {
        final FakeModels models;
        final FilmAgent agent;
        final JdbcFilmJobs jobs;
        final List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());

        Instance(String name, FakeModels models, int workers, Duration lease) {
            this.models = models;
            JdbcFilmBackend backend = JdbcFilmBackend.builder().dataSource(ds).instanceId(name).build();
            this.agent = backend.configure(Agents.builder(models)).storage(storage).build();
            this.jobs = JdbcFilmJobs.builder().backend(backend).agent(agent).workers(workers).leaseTtl(lease)
                    .pollInterval(Duration.ofMillis(100)).listener(events::add).build();
            open.add(agent);
            open.add(jobs);
        }
    }

    @Test
    void aSubmittedFilmIsMadeByAWorkerWithItsResultAndEventsKept() {
        Instance a = new Instance("a", new FakeModels(), 1, Duration.ofSeconds(5));
        FilmJob job = a.jobs.submit(FilmJobRequest.film("kettle", "a red kettle", null));
        assertEquals(FilmJob.Status.QUEUED, job.status());

        a.jobs.start();
        FilmJob done = a.jobs.await(job.id(), Duration.ofSeconds(30));

        assertEquals(FilmJob.Status.DONE, done.status(), String.valueOf(done.error()));
        assertEquals("a", done.owner());
        assertEquals(1, done.attempts());
        assertTrue(done.result().ok());
        assertNotNull(done.result().film());
        assertEquals(done.result().film(), a.agent.session("kettle").orElseThrow().film());
        List<JobEvent> events = a.jobs.events(job.id(), -1);
        assertEquals(a.events.size(), events.size(), "every event reported here is kept for relaying");
        assertTrue(events.get(events.size() - 1).event() instanceof FilmEvent.Reply);
        assertTrue(events.stream().anyMatch(e -> e.event() instanceof FilmEvent.ItemDone i && i.stage() == Stage.VIDEO
                && i.asset() != null), "media items come back with their assets");
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, events.get(i).seq());
        }
    }

    @Test
    void aSessionsJobsRunInSubmissionOrderNeverTwoAtOnceWhileOtherSessionsRunBeside() throws Exception {
        FakeModels slow = new FakeModels().latency(CallKind.TEXT, 40).latency(CallKind.VIDEO, 150);
        Instance a = new Instance("a", slow, 3, Duration.ofSeconds(5));
        Instance b = new Instance("b", slow, 3, Duration.ofSeconds(5));
        List<FilmJob> mine = new ArrayList<>();
        mine.add(a.jobs.submit(FilmJobRequest.film("shared", "a red kettle", null)));
        mine.add(b.jobs.submit(FilmJobRequest.message("shared", UserMessage.of("把分镜2的旁白改成：清爽一夏"))));
        mine.add(a.jobs.submit(FilmJobRequest.message("shared", new UserMessage("", "Video", null))));
        FilmJob other = b.jobs.submit(FilmJobRequest.film("other", "green tea", null));

        a.jobs.start();
        b.jobs.start();
        for (FilmJob j : mine) {
            assertTrue(a.jobs.await(j.id(), Duration.ofSeconds(60)).status().finished());
        }
        assertEquals(FilmJob.Status.DONE, a.jobs.await(other.id(), Duration.ofSeconds(60)).status());

        for (int i = 1; i < mine.size(); i++) {
            FilmJob before = a.jobs.job(mine.get(i - 1).id()).orElseThrow();
            FilmJob after = a.jobs.job(mine.get(i).id()).orElseThrow();
            assertFalse(after.startedAt().isBefore(before.finishedAt()), "job " + (i + 1) + " of the session started"
                    + " after job " + i + " ended: " + before + " / " + after);
        }
        assertEquals(0, rows("SELECT count(*) FROM filmgen_job WHERE status = 'running'"));
    }

    @Test
    void aJobWhoseInstanceDiedIsTakenOverAndContinuesFromItsSessionWithoutRepaying() {
        FakeModels first = new FakeModels();
        Instance dead = new Instance("dead", first, 0, Duration.ofSeconds(5));
        dead.agent.run("taken", new Intent.NewTopic("a red kettle", null), null);
        dead.agent.run("taken", new Intent.RunStage(Stage.SCRIPT), null);
        FilmJob job = dead.jobs.submit(FilmJobRequest.film("taken", "a red kettle", null));
        sql("UPDATE filmgen_job SET status = 'running', owner = 'dead', attempts = 1, started_at = now(),"
                + " lease_until = now() - interval '1 second' WHERE id = " + job.id());

        FakeModels second = new FakeModels();
        Instance heir = new Instance("heir", second, 1, Duration.ofSeconds(5));
        heir.jobs.start();
        FilmJob done = heir.jobs.await(job.id(), Duration.ofSeconds(30));

        assertEquals(FilmJob.Status.DONE, done.status(), String.valueOf(done.error()));
        assertEquals("heir", done.owner());
        assertEquals(2, done.attempts());
        assertNotNull(heir.agent.session("taken").orElseThrow().film());
        assertTrue(second.calls(CallKind.TEXT).stream().noneMatch(c -> c.purpose().equals("Script")),
                "the script the dead instance paid for was reused: " + second.calls(CallKind.TEXT));
    }

    @Test
    void anInstanceThatLostItsLeaseStopsTheTurnAndLeavesTheJobToItsNewOwner() throws Exception {
        FakeModels slow = new FakeModels().latency(CallKind.VIDEO, 3_000);
        Instance a = new Instance("a", slow, 1, Duration.ofSeconds(1));
        FilmJob job = a.jobs.submit(FilmJobRequest.film("stolen", "a red kettle", null));
        a.jobs.start();
        waitFor(() -> slow.calls().stream().anyMatch(c -> c.kind() == CallKind.IMAGE), "the turn to get going");

        sql("UPDATE filmgen_job SET owner = 'thief' WHERE id = " + job.id());

        waitFor(() -> a.jobs.running().isEmpty(), "instance a to stop the job");
        FilmJob after = a.jobs.job(job.id()).orElseThrow();
        assertEquals(FilmJob.Status.RUNNING, after.status(), "a did not mark a job it no longer holds");
        assertEquals("thief", after.owner());
    }

    @Test
    void aClosingInstanceHandsItsUnfinishedJobBackAndAnotherFinishesIt() throws Exception {
        FakeModels slow = new FakeModels().latency(CallKind.VIDEO, 1_000);
        Instance a = new Instance("a", slow, 1, Duration.ofSeconds(30));
        FilmJob job = a.jobs.submit(FilmJobRequest.film("handed", "a red kettle", null));
        a.jobs.start();
        waitFor(() -> !a.jobs.running().isEmpty(), "a to claim the job");

        a.jobs.close();
        a.agent.close();
        FilmJob back = a.jobs.job(job.id()).orElseThrow();
        assertEquals(FilmJob.Status.QUEUED, back.status());

        Instance b = new Instance("b", new FakeModels(), 1, Duration.ofSeconds(30));
        b.jobs.start();
        FilmJob done = b.jobs.await(job.id(), Duration.ofSeconds(30));
        assertEquals(FilmJob.Status.DONE, done.status(), String.valueOf(done.error()));
        assertEquals("b", done.owner());
    }

    @Test
    void aKeyedJobIsQueuedOnceWhoeverSubmitsIt() {
        Instance a = new Instance("a", new FakeModels(), 0, Duration.ofSeconds(5));
        Instance b = new Instance("b", new FakeModels(), 0, Duration.ofSeconds(5));
        FilmJob one = a.jobs.submit("batch-x", "row-1", FilmJobRequest.film("b-x-1", "tea", null));
        FilmJob two = b.jobs.submit("batch-x", "row-1", FilmJobRequest.film("b-x-1", "tea", null));
        assertEquals(one.id(), two.id());
        assertEquals(1, a.jobs.jobs("batch-x").size());
    }

    @Test
    void aJobThatKeepsStoppingItsInstancesIsGivenUpWithAReason() {
        Instance a = new Instance("a", new FakeModels(), 0, Duration.ofSeconds(5));
        FilmJob job = a.jobs.submit(FilmJobRequest.film("cursed", "a red kettle", null));
        sql("UPDATE filmgen_job SET status = 'running', owner = 'gone', attempts = 3,"
                + " lease_until = now() - interval '1 second' WHERE id = " + job.id());

        assertTrue(a.jobs.runHere(job.id(), null).isPresent());

        FilmJob failed = a.jobs.job(job.id()).orElseThrow();
        assertEquals(FilmJob.Status.FAILED, failed.status());
        assertTrue(failed.error().contains("given up after 3 attempts"), failed.error());
    }

    @Test
    void runHereStreamsToTheCallerAndIsRefusedWhileTheSessionIsBusy() {
        Instance a = new Instance("a", new FakeModels(), 0, Duration.ofSeconds(5));
        FilmJob first = a.jobs.submit(FilmJobRequest.film("busy", "a red kettle", null));
        FilmJob second = a.jobs.submit(FilmJobRequest.message("busy", new UserMessage("", "Script", null)));

        assertTrue(a.jobs.runHere(second.id(), null).isEmpty(), "the older job of the session goes first");
        AtomicInteger seen = new AtomicInteger();
        FilmJob done = a.jobs.runHere(first.id(), e -> seen.incrementAndGet()).orElseThrow();
        assertEquals(FilmJob.Status.DONE, done.status());
        assertTrue(seen.get() > 10, "the caller saw the turn's events: " + seen.get());
        assertEquals(FilmJob.Status.DONE, a.jobs.runHere(second.id(), null).orElseThrow().status());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long rows(String query) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
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
