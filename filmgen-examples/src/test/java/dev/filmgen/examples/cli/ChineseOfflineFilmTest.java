package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.FilmSession;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code filmgen "百炼椰汁"} offline, 16:9; then the same command again with its session (resume: nothing to do),
 * and last (as it changes the session) an edit of board 2's narration in that session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChineseOfflineFilmTest extends OfflineFilmContract {

    @Override
    String topic() {
        return "百炼椰汁";
    }

    @Override
    List<String> extraArgs() {
        return List.of();
    }

    @Override
    boolean voiceAvailable() {
        return onPath("espeak-ng");
    }

    @Test
    void filmIsLandscapeByDefault() {
        assertTrue(info.video().orElseThrow().width() > info.video().orElseThrow().height());
    }

    @Test
    @Order(1)
    void secondRunWithTheSameSessionAndSeedReusesEveryResult() throws IOException {
        Path again = dir.resolve("again.mp4");
        CliRun second = CliRun.of(args(again));
        assertEquals(0, second.exit(), second.transcript());
        assertEquals(0, second.made(), second.transcript());
        assertTrue(second.out().contains("model calls: 0 made"), second.transcript());
        assertTrue(second.err().contains("nothing to re-make"), second.transcript());
        assertArrayEquals(Files.readAllBytes(film), Files.readAllBytes(again), "the same film, not a new one");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anEditRemakesOnlyWhatItTouches() throws IOException {
        Path edited = dir.resolve("edited.mp4");
        CliRun edit = CliRun.of("--data-dir", data.toString(), "--out", edited.toString(), "--seed",
                String.valueOf(SEED), "--session", SESSION, "把分镜2的旁白改成：清爽一夏");
        assertEquals(0, edit.exit(), edit.transcript());
        assertEquals(2, edit.made(), "one new voice and one new film: " + edit.transcript());
        FilmSession after = FileSessionStore.of(data.resolve("sessions")).load(SESSION).orElseThrow();
        assertTrue(after.lines().get(1).text().contains("清爽一夏"), after.lines().toString());
        assertEquals(session.lines().get(0), after.lines().get(0));
        assertEquals(session.voices().get(0), after.voices().get(0));
        assertEquals(session.clips(), after.clips());
        assertNotEquals(session.voices().get(1), after.voices().get(1), "board 2's voice was not re-made");
        assertTrue(new FfmpegProbe().probe(edited).audio().isPresent());
    }
}
