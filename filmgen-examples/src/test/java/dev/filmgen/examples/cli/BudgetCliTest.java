package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.FilmSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code filmgen --budget}: offline, with a config that prices the offline models (¥1 a picture, ¥0.10 a second of
 * clip), the first command stops at its budget with exit status 1 and says what was spent and how to go on; the same
 * session with a larger budget finishes without making again what the first one paid for.
 */
class BudgetCliTest {
    @TempDir
    Path dir;

    @Test
    void aCommandStopsAtItsBudgetAndALargerBudgetFinishesWithoutPayingTwice() throws IOException {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"prices\": {\"offline\": {\"images\": 1, \"video_seconds\": 0.1,"
                + " \"video_seconds_1080P\": 0.1}}, \"first_frame_image\": {\"judge_model\": \"none\"}}");
        Path data = dir.resolve("data");
        String[] common = {"--data-dir", data.toString(), "--config", config.toString(), "--seed", "5",
                "--boards", "2", "--roles", "1", "--session", "budget-cli"};

        // a portrait, a product picture and two frames cost ¥4, a clip ¥0.50: ¥3.40 stops after the third picture,
        // before the fourth or before the first clip, whichever comes first (scheduling decides)
        CliRun stopped = CliRun.of(concat(common, "--out", dir.resolve("a.mp4").toString(), "--budget", "3.4",
                "百炼椰汁"));

        assertEquals(1, stopped.exit(), stopped.transcript());
        assertTrue(stopped.err().contains("stopped at the budget of ¥3.40"), stopped.transcript());
        assertTrue(stopped.err().contains("--session budget-cli --budget"), stopped.transcript());
        assertTrue(stopped.err().contains("cost: ¥3.00"), stopped.transcript());
        assertFalse(Files.exists(dir.resolve("a.mp4")), "no film was written");
        FilmSession half = FileSessionStore.of(data.resolve("sessions")).load("budget-cli").orElseThrow();
        assertEquals(3, half.charges().stream().filter(c -> c.units().get("images") > 0).count());

        CliRun finished = CliRun.of(concat(common, "--out", dir.resolve("b.mp4").toString(), "--budget", "50"));

        assertEquals(0, finished.exit(), finished.transcript());
        FilmSession done = FileSessionStore.of(data.resolve("sessions")).load("budget-cli").orElseThrow();
        assertEquals(4, done.charges().stream().filter(c -> c.units().get("images") > 0).count(),
                "every picture was paid for once: " + done.charges());
        assertEquals(done.charges().size() + 1, stopped.made() + finished.made(),
                "the two commands together made each model call once, plus the one composition");
        assertTrue(finished.err().contains("cost: ¥2."), finished.transcript());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
