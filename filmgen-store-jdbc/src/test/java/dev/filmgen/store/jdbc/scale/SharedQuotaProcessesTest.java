package dev.filmgen.store.jdbc.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.testing.JavaProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two agents in two JVMs share one database and one provider whose account allows 2 starts per second and 2 tasks
 * at once per model: together they never send a request over the limit, yet use it fully.
 */
class SharedQuotaProcessesTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesTogetherNeverExceedTheAccountsQuota() throws Exception {
        try (ScaleRig rig = new ScaleRig("quota", dir, 400, 1_500)) {
            String[] topics = {"一款红色水壶", "Sparkling lemon tea", "椰子汁", "Running shoes"};
            for (int i = 0; i < topics.length; i++) {
                rig.jobs.submit("quota", "f" + i, FilmJobRequest.film("quota-" + i, topics[i], null));
            }
            JavaProcess a = rig.worker("a", "quota", 2, 10_000);
            JavaProcess b = rig.worker("b", "quota", 2, 10_000);
            try (a; b) {
                assertEquals(0, a.await(600), a.log());
                assertEquals(0, b.await(600), b.log());
            }
            List<FilmJob> jobs = rig.jobs.jobs("quota");
            assertEquals(4, jobs.stream().filter(j -> j.status() == FilmJob.Status.DONE).count(), jobs.toString());
            assertEquals(2, jobs.stream().map(FilmJob::owner).distinct().count(), "both processes made films");
            assertEquals(List.of(), rig.provider.refusals().stream().filter(r -> r.endsWith("at once")).toList(),
                    "no task over the account's in-flight limit");
            keptToTheRate(ScaleWorker.T2I, rig.provider.arrivals(ScaleWorker.T2I), rig.provider.refusals());
            keptToTheRate(ScaleWorker.I2V, rig.provider.arrivals(ScaleWorker.I2V), rig.provider.refusals());
            assertTrue(rig.provider.arrivals(ScaleWorker.T2I).size() >= 4, "a picture per film, all wanted at once: "
                    + rig.provider.arrivals(ScaleWorker.T2I).size());
            assertEquals(0, rig.provider.duplicates());
            assertEquals(8, rig.provider.submissions(ScaleWorker.I2V), "two clips per film, each once");
            assertEquals(2, rig.provider.maxRunning(ScaleWorker.I2V), "the two clip slots were used together");
        }
    }

    /**
     * The account allows 2 starts per second, so the shared limiter reserves starts at least {@link #SPACING} apart
     * across both processes. A reserved start reaches the fake a little late (the thread wakes, the request is
     * built and sent), by up to {@link #LATE} on this shared machine, so the arrivals of any k+1 consecutive starts
     * span at least k spacings less that lateness. The 4 films want their pictures at once: two processes each
     * keeping the rate alone (4 per second) put 4 starts into 3 half-spacings, which breaks this; a burst breaks it
     * at once.
     * The fake's own token bucket (2 starts of burst) may refuse a start bunched by lateness alone; such a refusal
     * is judged by this rule, not counted as the limiter's fault.
     */
    private static void keptToTheRate(String model, List<Long> arrivals, List<String> refusals) {
        for (int i = 0; i < arrivals.size(); i++) {
            for (int j = i + 1; j < arrivals.size(); j++) {
                long span = arrivals.get(j) - arrivals.get(i);
                long least = (j - i) * SPACING.toNanos() - LATE.toNanos();
                assertTrue(span >= least, model + ": starts " + (i + 1) + " to " + (j + 1) + " arrived within "
                        + span / 1_000_000 + " ms, less than " + (j - i) + " spacings of " + SPACING.toMillis()
                        + " ms allow even " + LATE.toMillis() + " ms late; refusals " + refusals);
            }
        }
    }

    /** The account's 2 starts per second of each model, as ScaleRig gives them to the fake. */
    private static final Duration SPACING = Duration.ofMillis(500);
    /** How late a reserved start may reach the fake: one spacing (double the rate still breaks the rule). */
    private static final Duration LATE = SPACING;
}
