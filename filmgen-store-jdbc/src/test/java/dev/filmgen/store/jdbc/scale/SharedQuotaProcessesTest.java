package dev.filmgen.store.jdbc.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.testing.JavaProcess;
import java.nio.file.Path;
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
            assertEquals(List.of(), rig.provider.refusals(), "no request over the account's limit");
            assertEquals(0, rig.provider.duplicates());
            assertEquals(8, rig.provider.submissions(ScaleWorker.I2V), "two clips per film, each once");
            assertEquals(2, rig.provider.maxRunning(ScaleWorker.I2V), "the two clip slots were used together");
        }
    }
}
