package dev.filmgen.store.jdbc.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.stage.Stage;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.testing.JavaProcess;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the process making a film while its clips render: another process takes the job over when the
 * lease runs out and finishes the film by polling the clip tasks the dead one had submitted, never submitting a
 * clip twice.
 */
class JobTakeoverProcessesTest {
    @TempDir
    Path dir;

    @Test
    void killingTheProcessDuringAClipLeavesTheFilmToAnotherWithNoSecondSubmission() throws Exception {
        try (ScaleRig rig = new ScaleRig("takeover", dir, 300, 8_000)) {
            FilmJob job = rig.jobs.submit("kill", null, FilmJobRequest.film("kettle", "一款红色水壶", null));
            JavaProcess first = rig.worker("first", "kill", 1, 3_000);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (pendingClips(rig) < 1) {
                assertTrue(first.alive(), first.log());
                assertTrue(System.nanoTime() < deadline, "no clip task was journaled:\n" + first.log());
                Thread.sleep(100);
            }
            first.kill();
            int submittedBeforeKill = rig.provider.submissions(ScaleWorker.I2V);

            JavaProcess second = rig.worker("second", "kill", 1, 3_000);
            try (second) {
                assertEquals(0, second.await(300), second.log());
            }

            FilmJob done = rig.jobs.job(job.id()).orElseThrow();
            assertEquals(FilmJob.Status.DONE, done.status(), done + "\n" + second.log());
            assertEquals("second", done.owner());
            assertEquals(2, done.attempts(), "claimed by the first, taken over by the second");
            assertEquals(2, rig.provider.submissions(ScaleWorker.I2V), "one clip task per board, "
                    + submittedBeforeKill + " of them submitted before the kill");
            assertEquals(0, rig.provider.duplicates(), "no request was paid twice");
            FilmSession s = rig.backend.sessionStore().load("kettle").orElseThrow();
            MediaInfo film = new FfmpegProbe().probe(Path.of(s.film().video().uri()));
            assertTrue(film.video().isPresent() && film.audio().isPresent(), film.toString());
            assertTrue(film.durationSeconds() > 2, film.toString());
            assertTrue(s.tasks().values().stream().noneMatch(t -> t.status() == TaskRecord.Status.SUBMITTED));
        }
    }

    private static long pendingClips(ScaleRig rig) {
        return rig.backend.sessionStore().load("kettle").map(s -> s.tasks().values().stream()
                .filter(t -> t.stage() == Stage.VIDEO && t.status() == TaskRecord.Status.SUBMITTED).count())
                .orElse(0L);
    }
}
