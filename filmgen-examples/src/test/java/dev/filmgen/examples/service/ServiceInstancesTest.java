package dev.filmgen.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.FilmAgent;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcFilmJobs;
import dev.filmgen.store.jdbc.JdbcTurns;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.MemoryStorage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three service instances on one PostgreSQL: a session begun on one continues on another, and an instance that runs
 * no turns itself (no agent) answers with the stream of the turn another instance makes, relayed event by event.
 */
class ServiceInstancesTest {
    private final List<AutoCloseable> open = new ArrayList<>();
    private final MemoryStorage storage = new MemoryStorage();
    private final HttpClient http = HttpClient.newHttpClient();
    private HikariDataSource ds;

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private FilmService instance(String name, boolean runsTurns) {
        JdbcFilmBackend backend = JdbcFilmBackend.builder().dataSource(ds).instanceId(name).build();
        JdbcFilmJobs.Builder jobs = JdbcFilmJobs.builder().backend(backend).pollInterval(Duration.ofMillis(100))
                .workers(runsTurns ? 1 : 0);
        if (runsTurns) {
            FilmAgent agent = backend.configure(Agents.builder(new FakeModels())).storage(storage).build();
            open.add(agent);
            jobs.agent(agent);
        }
        JdbcFilmJobs j = jobs.build().start();
        open.add(j);
        FilmService s = FilmService.builder().host("127.0.0.1").port(0)
                .executor(new JdbcTurns(j, backend.sessionStore())::execute)
                .health(() -> FilmServiceMain.health(backend))
                .linker(a -> "http://files.test/" + a.storageKey()).build().start();
        open.add(s::close);
        return s;
    }

    private List<JsonNode> post(FilmService s, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                + "/process")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return ServiceHarness.events(r.body());
    }

    private static JsonNode last(List<JsonNode> events) {
        return events.get(events.size() - 1);
    }

    @Test
    void anyInstanceAnswersForAnySessionAndRelaysTurnsMadeElsewhere() throws Exception {
        TestDatabase db = TestPostgres.newDatabase("service");
        ds = db.dataSource(12);
        open.add(ds);
        JdbcFilmBackend.create(ds).migrate();
        FilmService a = instance("a", true);
        FilmService b = instance("b", true);
        FilmService front = instance("front", false);

        List<JsonNode> topic = post(a, ServiceHarness.request("s1", "message", "a red kettle"));
        assertEquals("completed", last(topic).path("status").asText(), topic.toString());
        List<JsonNode> film = post(b, ServiceHarness.request("s1", "message", "make the whole film"));
        assertEquals("completed", last(film).path("status").asText(), film.toString());
        assertTrue(film.toString().contains("video_url"), "the film reached the client of the other instance");

        List<JsonNode> relayed = post(front, ServiceHarness.request("s1", "RepeatStage", ""));
        assertEquals("completed", last(relayed).path("status").asText(), relayed.toString());
        assertTrue(relayed.size() > 3, "a whole stream, not just the end: " + relayed);

        JdbcFilmJobs reader = JdbcFilmJobs.builder().backend(JdbcFilmBackend.create(ds)).workers(0).build();
        List<FilmJob> turns = reader.jobs(JdbcFilmJobs.TURNS);
        assertEquals(3, turns.size());
        for (FilmJob t : turns) {
            assertEquals(FilmJob.Status.DONE, t.status());
            // the instance that got the request, or the other one's worker if it claimed the turn first
            assertTrue(List.of("a", "b").contains(t.owner()), "the front instance ran nothing itself: " + t);
        }

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
                + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"database\":{\"status\":\"up\""), health.body());
    }
}
