package dev.filmgen.compose.ffmpeg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.EndCard;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilmPlanTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "x");
    }

    private MediaProbe fake(Map<Path, MediaInfo> infos) {
        return infos::get;
    }

    private static MediaInfo clip(double seconds, int w, int h, double fps) {
        return new MediaInfo(seconds, 1, "mp4", List.of(
                new MediaInfo.StreamInfo(0, "video", "h264", seconds, w, h, fps, "yuv420p", 0, 0)));
    }

    private static MediaInfo voice(double seconds) {
        return new MediaInfo(seconds, 1, "wav", List.of(
                new MediaInfo.StreamInfo(0, "audio", "pcm_s16le", seconds, 0, 0, 0, null, 16000, 1)));
    }

    @Test
    void aBoardLastsAsLongAsItsClipOrItsNarrationPlusPadWhicheverIsLonger() throws IOException {
        Path c1 = file("c1.mp4");
        Path c2 = file("c2.mp4");
        Path n1 = file("n1.wav");
        Path n2 = file("n2.wav");
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, c1, n1, "a"), new BoardMedia(1, c2, n2, "b")),
                null, FilmStyle.defaults(), new EndCard("P", "S", 1.0, null));
        FilmPlan plan = FilmPlan.of(spec, fake(Map.of(c1, clip(2.0, 1280, 720, 25), c2, clip(5.0, 640, 360, 30),
                n1, voice(3.0), n2, voice(1.0))));
        assertEquals(1280, plan.width());
        assertEquals(720, plan.height());
        assertEquals(25.0, plan.fps(), 1e-9);
        assertEquals(3.4, plan.boards().get(0).duration(), 1e-9);
        assertEquals(5.0, plan.boards().get(1).duration(), 1e-9);
        assertEquals(3.4, plan.boards().get(1).start(), 1e-9);
        assertEquals(8.4, plan.mainSeconds(), 1e-9);
        assertEquals(9.4, plan.totalSeconds(), 1e-9);
    }

    @Test
    void crossFadesOverlapBoardsAndNarrationWaitsUntilItsBoardIsFullyIn() throws IOException {
        Path c1 = file("c1.mp4");
        Path c2 = file("c2.mp4");
        Path c3 = file("c3.mp4");
        Path n2 = file("n2.wav");
        FilmStyle d = FilmStyle.defaults();
        FilmStyle style = new FilmStyle(null, 60, "white", null, true, FilmStyle.Position.BOTTOM, 0.5, 0, 0.4,
                0, 0, d.fit(), 0, 70, 0.4);
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, c1, null, null), new BoardMedia(1, c2, n2, "b"),
                new BoardMedia(2, c3, null, null)), null, style, null);
        FilmPlan plan = FilmPlan.of(spec, fake(Map.of(c1, clip(2, 320, 180, 25), c2, clip(2, 320, 180, 25),
                c3, clip(2, 320, 180, 25), n2, voice(2.0))));
        FilmPlan.Board middle = plan.boards().get(1);
        assertEquals(0.4, middle.voiceAt(), 1e-9);
        assertEquals(0.4 + 2.0 + 0.4 + 0.4, middle.duration(), 1e-9);
        assertEquals(1.6, middle.start(), 1e-9);
        assertEquals(2 + 3.2 + 2 - 2 * 0.4, plan.mainSeconds(), 1e-9);
    }

    @Test
    void lengthsAreRoundedUpToWholeFramesAndOddSizesMadeEven() throws IOException {
        Path c1 = file("c1.mp4");
        Path n1 = file("n1.wav");
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, c1, n1, "a")), null, FilmStyle.defaults(), null);
        FilmPlan plan = FilmPlan.of(spec, fake(Map.of(c1, clip(1.0, 641, 361, 24), n1, voice(1.01))));
        assertEquals(640, plan.width());
        assertEquals(360, plan.height());
        assertEquals(34 / 24.0, plan.boards().get(0).duration(), 1e-9);
    }
}
