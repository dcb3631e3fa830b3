package dev.filmgen.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.CallKind;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.stage.Stage;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.MemoryStorage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's turns through film jobs: run here when free, relayed from the database when run elsewhere. */
class JdbcTurnsTest {
    private static HikariDataSource ds;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final MemoryStorage storage = new MemoryStorage();

    @BeforeAll
    static void database() {
        TestDatabase db = TestPostgres.newDatabase("turns");
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
    void empty() throws Exception {
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("TRUNCATE filmgen_job, filmgen_session CASCADE");
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private JdbcFilmJobs instance(String name, FakeModels models, int workers) {
        JdbcFilmBackend backend = JdbcFilmBackend.builder().dataSource(ds).instanceId(name).build();
        JdbcFilmJobs.Builder b = JdbcFilmJobs.builder().backend(backend).workers(workers)
                .pollInterval(Duration.ofMillis(100)).leaseTtl(Duration.ofSeconds(5));
        if (models != null) {
            FilmAgent agent = backend.configure(Agents.builder(models)).storage(storage).build();
            open.add(agent);
            b.agent(agent);
        }
        JdbcFilmJobs jobs = b.build();
        open.add(jobs);
        return jobs;
    }

    private static JdbcTurns turns(JdbcFilmJobs jobs) {
        return new JdbcTurns(jobs, JdbcSessionStore.create(ds));
    }

    @Test
    void aTurnRunsOnTheInstanceThatReceivedItWhenTheSessionIsFree() {
        JdbcFilmJobs a = instance("a", new FakeModels(), 0);
        List<FilmEvent> seen = Collections.synchronizedList(new ArrayList<>());

        turns(a).execute("here", UserMessage.of("a red kettle"), seen::add);
        turns(a).execute("here", new UserMessage("make the film", null, null), seen::add);

        assertTrue(a.jobs(JdbcFilmJobs.TURNS).stream().allMatch(j -> "a".equals(j.owner())
                && j.status() == FilmJob.Status.DONE));
        assertTrue(seen.stream().anyMatch(e -> e instanceof FilmEvent.ItemDone i && i.stage() == Stage.FILM
                && i.asset() != null), "the film reaches the client as an item");
    }

    @Test
    void aTurnRunOnAnotherInstanceIsRelayedToTheClientEventByEvent() {
        JdbcFilmJobs front = instance("front", null, 0);
        JdbcFilmJobs back = instance("back", new FakeModels().latency(CallKind.VIDEO, 100), 1).start();
        List<FilmEvent> relayed = Collections.synchronizedList(new ArrayList<>());

        turns(front).execute("relay", UserMessage.of("a red kettle"), e -> { });
        turns(front).execute("relay", new UserMessage("make the film", null, null), relayed::add);

        FilmJob film = front.jobs(JdbcFilmJobs.TURNS).get(1);
        assertEquals("back", film.owner());
        List<FilmEvent> stored = back.events(film.id(), -1).stream().map(JobEvent::event).toList();
        assertEquals(stored, relayed.stream().filter(e -> !(e instanceof FilmEvent.ItemDone i
                && i.stage() == Stage.FILM)).toList(), "every event, in order");
        assertTrue(relayed.get(relayed.size() - 1) instanceof FilmEvent.Reply);
        assertTrue(relayed.stream().anyMatch(e -> e instanceof FilmEvent.ItemDone i && i.stage() == Stage.FILM));
    }

    @Test
    void aFailedTurnEndsWithItsStageFailure() {
        FakeModels failing = new FakeModels().hook("Script", (p, j) -> {
            throw new dev.filmgen.error.NonRetriableException("the model refused the script");
        });
        JdbcFilmJobs a = instance("a", failing, 0);
        turns(a).execute("failing", UserMessage.of("a red kettle"), e -> { });
        StageFailedException e = assertThrows(StageFailedException.class,
                () -> turns(a).execute("failing", new UserMessage("", "Script", null), ev -> { }));
        assertEquals(Stage.SCRIPT, e.stage());
    }
}
