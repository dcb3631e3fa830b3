package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code filmgen "百炼椰汁"} offline, 16:9, then the same command again with its session. */
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
    void secondRunWithTheSameSessionAndSeedReusesEveryResult() throws IOException {
        Path again = dir.resolve("again.mp4");
        CliRun second = CliRun.of(args(again));
        assertEquals(0, second.exit(), second.transcript());
        assertEquals(0, second.made(), second.transcript());
        assertTrue(second.reused() > 0, second.transcript());
        assertTrue(second.out().contains("model calls: 0 made, " + second.reused() + " reused"), second.transcript());
        assertTrue(second.err().contains("nothing to re-make"), second.transcript());
        assertArrayEquals(Files.readAllBytes(film), Files.readAllBytes(again), "the same film, not a new one");
    }
}
