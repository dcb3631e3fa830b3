package dev.filmgen.store.jdbc.scale;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.JdbcFilmJobs;
import dev.filmgen.store.jdbc.testing.JavaProcess;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the process tests and the benchmark share: a database schema, the quota-keeping fake provider, a folder of
 * shared artifacts, and {@link ScaleWorker} processes started on them.
 */
final class ScaleRig implements AutoCloseable {
    final TestDatabase db;
    final HikariDataSource ds;
    final JdbcFilmBackend backend;
    final JdbcFilmJobs jobs;
    final QuotaBailian provider;
    final Path dir;

    ScaleRig(String label, Path dir, long imageMillis, long videoMillis) throws IOException {
        this.dir = dir;
        this.db = TestPostgres.newDatabase(label);
        this.ds = db.dataSource(4);
        this.backend = JdbcFilmBackend.builder().dataSource(ds).instanceId("test-" + label).build().migrate();
        this.jobs = JdbcFilmJobs.builder().backend(backend).workers(0).build();
        Path clip = SyntheticMedia.clip(dir.resolve("clip.mp4"), 320, 180, 12, 2.0, false);
        this.provider = QuotaBailian.start(Map.of(
                ScaleWorker.T2I, new QuotaBailian.ModelQuota(2, 2, imageMillis),
                ScaleWorker.I2V, new QuotaBailian.ModelQuota(2, 2, videoMillis)), clip);
    }

    /** A worker process named {@code name} on {@code queue}. */
    JavaProcess worker(String name, String queue, int workers, long leaseMillis) throws IOException {
        Map<String, String> env = new HashMap<>(db.env());
        env.put("DASHSCOPE_API_KEY", "");
        return JavaProcess.start(name, dir.resolve("logs"), env, ScaleWorker.class.getName(), "--api",
                provider.apiBase(), "--storage", dir.resolve("artifacts").toString(), "--work",
                dir.resolve("work-" + name).toString(), "--queue", queue, "--instance", name, "--workers",
                Integer.toString(workers), "--lease-ms", Long.toString(leaseMillis));
    }

    @Override
    public void close() {
        provider.close();
        backend.close();
        ds.close();
    }
}
