package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.stage.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void withoutATerminalEachStageIsAPlainLineAndNoticesAndFailuresStandAlone() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        bar.onEvent(new FilmEvent.StageStarted("s", Stage.VIDEO, 2));
        bar.onEvent(new FilmEvent.Notice("s", Stage.VIDEO, "clip 2 held on its last frame"));
        bar.onEvent(new FilmEvent.StageFailed("s", Stage.VIDEO, 1, "timeout", "no answer in 600 s"));
        bar.onEvent(new FilmEvent.StageDone("s", Stage.VIDEO, null, 1500));
        bar.finish();
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length, buf.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].endsWith("Video ..."), lines[0]);
        assertEquals("  note: Video: clip 2 held on its last frame", lines[1]);
        assertEquals("  failed: Video board 2: no answer in 600 s", lines[2]);
        assertTrue(lines[3].endsWith("Video done (1.5 s)"), lines[3]);
        assertFalse(buf.toString(StandardCharsets.UTF_8).contains("\r"));
    }

    @Test
    void onATerminalTheBarIsRedrawnWithPercentAndClipsThenEnded() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        bar.onEvent(new FilmEvent.StageStarted("s", Stage.VIDEO, 4));
        bar.onEvent(new FilmEvent.ItemDone("s", Stage.VIDEO, 0, "clip 1", null, false));
        bar.onEvent(new FilmEvent.Progress("s", Stage.VIDEO, 6, 12));
        bar.finish();
        String text = buf.toString(StandardCharsets.UTF_8);
        String last = text.substring(text.lastIndexOf('\r') + 1);
        assertTrue(last.contains("[" + "#".repeat(14) + "-".repeat(14) + "]  50%"), last);
        assertTrue(last.contains("Video") && last.contains("clips 1/4"), last);
        assertTrue(text.endsWith(System.lineSeparator()), "finish() ends the bar's line");
    }

    @Test
    void aQuotaWaitShowsWhatTheRunWaitsForInsteadOfLookingHung() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        FilmEvent.QuotaWait wait = new FilmEvent.QuotaWait("s", Stage.AUDIO, "qwen-tts", "rate",
                "10 per minute, 1 at once", 6000);
        bar.onEvent(wait);
        bar.onEvent(wait);
        bar.onEvent(new FilmEvent.QuotaWait("s", Stage.VIDEO, "wan2.2-i2v-plus", "in_flight", "2 per second, 2 at once",
                -1));
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, "one line per model and reason every few seconds: " + String.join("|", lines));
        assertTrue(lines[0].endsWith("Audio: waiting 6 s for the qwen-tts quota (10 per minute, 1 at once)"), lines[0]);
        assertTrue(lines[1].endsWith("Video: waiting for a free wan2.2-i2v-plus slot (2 per second, 2 at once)"),
                lines[1]);

        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        ProgressBar live = new ProgressBar(new PrintStream(tty, true, StandardCharsets.UTF_8), true);
        live.onEvent(new FilmEvent.StageStarted("s", Stage.AUDIO, 4));
        live.onEvent(wait);
        String shown = tty.toString(StandardCharsets.UTF_8);
        assertTrue(shown.substring(shown.lastIndexOf('\r')).contains("waiting 6 s for the qwen-tts quota"), shown);
        live.onEvent(new FilmEvent.Progress("s", Stage.AUDIO, 1, 4));
        shown = tty.toString(StandardCharsets.UTF_8);
        assertFalse(shown.substring(shown.lastIndexOf('\r')).contains("waiting"), "cleared once the call went on");
    }

    @Test
    void aChargeIsNotShownTheTurnsCostLineSaysItOnce() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        bar.onEvent(new FilmEvent.Charged("s", Stage.VIDEO, 0, "wan2.2-i2v-plus", "video",
                java.util.Map.of("video_seconds_480P", 5L), false, new java.math.BigDecimal("0.70")));
        assertEquals("", buf.toString(StandardCharsets.UTF_8));
    }
}
