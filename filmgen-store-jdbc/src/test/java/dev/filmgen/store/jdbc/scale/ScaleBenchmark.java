package dev.filmgen.store.jdbc.scale;

import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.testing.JavaProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 1, 2 and 3 processes ({@link ScaleWorker}, one film at a time each) make a batch of 12 films through PostgreSQL
 * film jobs against a WireMock Bailian with the wan quotas (2 starts per second, 2 tasks at once, per model and
 * account) and scaled-down latencies (picture 1 s, clip 6 s). Prints per process count
 * {@code scale: instances=N films=12 wall=… bound=… over_limit=… dup=…}: wall from the first job's start to the
 * last one's end (database clock, so JVM start-up is not counted), bound the account-quota lower bound (the busiest
 * model's tasks through its quota: max(n / rps, ceil(n / in-flight) × latency)), over_limit the provider's 429s,
 * dup the requests it saw twice. Needs PostgreSQL like the tests ({@code FILMGEN_TEST_JDBC_URL} or the server
 * binaries). Arguments: {@code [instances...]} (default 1 2 3).
 */
public final class ScaleBenchmark {
    private static final int FILMS = 12;
    private static final int BOARDS = 2;
    private static final long IMAGE_MS = 1_000;
    private static final long VIDEO_MS = 6_000;
    private static final String[] TOPICS = {"一款红色水壶", "Sparkling lemon tea", "椰子汁", "Running shoes", "绿茶",
        "Desk lamp", "蓝牙耳机", "Wool scarf", "保温杯", "Yoga mat", "咖啡豆", "Sun cream"};

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (String a : args) {
            counts.add(Integer.parseInt(a));
        }
        if (counts.isEmpty()) {
            counts.addAll(List.of(1, 2, 3));
        }
        double bound = bound();
        List<String> lines = new ArrayList<>();
        for (int n : counts) {
            Path dir = Files.createTempDirectory("filmgen-scale-" + n + "-");
            try (ScaleRig rig = new ScaleRig("bench" + n, dir, IMAGE_MS, VIDEO_MS)) {
                for (int i = 0; i < FILMS; i++) {
                    rig.jobs.submit("bench", "film-" + i, FilmJobRequest.film("bench-" + n + "-" + i, TOPICS[i], null));
                }
                List<JavaProcess> workers = new ArrayList<>();
                for (int w = 0; w < n; w++) {
                    workers.add(rig.worker("i" + (w + 1), "bench", 1, 30_000));
                }
                for (JavaProcess w : workers) {
                    int exit = w.await(1_800);
                    if (exit != 0) {
                        throw new IllegalStateException("worker exited " + exit + ":\n" + w.log());
                    }
                }
                List<FilmJob> jobs = rig.jobs.jobs("bench");
                long done = jobs.stream().filter(j -> j.status() == FilmJob.Status.DONE).count();
                Instant first = jobs.stream().map(FilmJob::startedAt).min(Instant::compareTo).orElseThrow();
                Instant last = jobs.stream().map(FilmJob::finishedAt).max(Instant::compareTo).orElseThrow();
                double wall = Duration.between(first, last).toMillis() / 1000.0;
                String line = String.format(Locale.ROOT,
                        "scale: instances=%d films=%d wall=%.1fs bound=%.1fs over_limit=%d dup=%d", n, done, wall, bound,
                        rig.provider.overLimit(), rig.provider.duplicates());
                System.out.println(line);
                System.out.println(String.format(Locale.ROOT, "  ratio=%.2f clips=%d (max %d at once) pictures=%d"
                        + " (max %d at once) refusals=%s", wall / bound, rig.provider.submissions(ScaleWorker.I2V),
                        rig.provider.maxRunning(ScaleWorker.I2V), rig.provider.submissions(ScaleWorker.T2I),
                        rig.provider.maxRunning(ScaleWorker.T2I), rig.provider.refusals()));
                lines.add(line);
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    /** The account-quota lower bound of the batch: its busiest model's tasks through that model's quota. */
    static double bound() {
        int clips = FILMS * BOARDS;
        int pictures = FILMS * (1 + BOARDS);
        return Math.max(modelBound(clips, 2, 2, VIDEO_MS), modelBound(pictures, 2, 2, IMAGE_MS));
    }

    private static double modelBound(int tasks, double rps, int inFlight, long latencyMillis) {
        return Math.max(tasks / rps, Math.ceil(tasks / (double) inFlight) * latencyMillis / 1000.0);
    }
}
