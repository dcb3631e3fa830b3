package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.session.FilmSession;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcFilmJobs;
import dev.filmgen.store.jdbc.testing.JavaProcess;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same batch started by two processes (separate JVMs) on one PostgreSQL: the six rows are shared, each film is
 * made once, and each process ends with all six films in its output folder (they share a local artifact folder,
 * as two machines would share OSS).
 */
class SharedBatchProcessesTest {
    @TempDir
    Path dir;

    @Test
    void aBatchOfSixRowsOnTwoProcessesMakesSixFilmsEachOnce() throws Exception {
        TestDatabase db = TestPostgres.newDatabase("batch");
        StringBuilder csv = new StringBuilder("id,topic,boards,roles\n");
        String[] topics = {"一款红色水壶", "Sparkling lemon tea", "椰子汁", "Running shoes", "绿茶", "Desk lamp"};
        for (int i = 0; i < topics.length; i++) {
            csv.append("p").append(i + 1).append(',').append(topics[i]).append(",1,0\n");
        }
        Path products = dir.resolve("products.csv");
        Files.writeString(products, csv.toString());
        Map<String, String> env = new HashMap<>(db.env());
        env.put("DASHSCOPE_API_KEY", "");
        env.put("OSS_ACCESS_KEY_ID", "");
        env.put("FILMGEN_NO_INSTALL", "1");
        Path data = dir.resolve("data");

        JavaProcess a = JavaProcess.start("batch-a", dir, env, FilmCli.class.getName(), "batch", products.toString(),
                "--out-dir", dir.resolve("out-a").toString(), "--workers", "1", "--data-dir", data.toString());
        JavaProcess b = JavaProcess.start("batch-b", dir, env, FilmCli.class.getName(), "batch", products.toString(),
                "--out-dir", dir.resolve("out-b").toString(), "--workers", "1", "--data-dir", data.toString());
        try (a; b) {
            assertEquals(0, a.await(540), a.log());
            assertEquals(0, b.await(540), b.log());
        }

        try (HikariDataSource ds = db.dataSource(2)) {
            JdbcFilmBackend backend = JdbcFilmBackend.create(ds);
            JdbcFilmJobs jobs = JdbcFilmJobs.builder().backend(backend).workers(0).build();
            String queue = "batch-" + BatchCli.contentName(products);
            List<FilmJob> all = jobs.jobs(queue);
            assertEquals(6, all.size(), all.toString());
            for (FilmJob j : all) {
                assertEquals(FilmJob.Status.DONE, j.status(), j.toString());
                assertEquals(1, j.attempts(), "claimed once: " + j);
                FilmSession s = backend.sessionStore().load(j.request().sessionId()).orElseThrow();
                assertEquals(2, s.turns().size(), "one topic turn and one film turn: the film was made once");
            }
            Set<String> owners = all.stream().map(FilmJob::owner).collect(Collectors.toSet());
            assertEquals(2, owners.size(), "both processes made films: " + owners + "\n" + a.log() + b.log());
        }
        for (String out : List.of("out-a", "out-b")) {
            try (Stream<Path> films = Files.list(dir.resolve(out))) {
                assertEquals(6, films.filter(p -> p.toString().endsWith(".mp4")).count(), out);
            }
            List<CSVRecord> rows = BatchCliTest.results(dir.resolve(out));
            assertEquals(6, rows.size());
            assertTrue(rows.stream().allMatch(r -> Set.of("made", "made-elsewhere").contains(r.get("status"))),
                    rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.get("status").equals("made")), out + " made some itself");
        }
    }
}
