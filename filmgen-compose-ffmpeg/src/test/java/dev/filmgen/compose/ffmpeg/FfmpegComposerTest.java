package dev.filmgen.compose.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.testing.MediaInspector;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegComposerTest {
    @TempDir
    Path dir;
    private final FfmpegComposer composer = FfmpegComposer.create();

    @Test
    void mixedClipsBecomeOneH264AacFilmWhoseBoardsLastAsLongAsTheirNarration() throws Exception {
        Path clip1 = SyntheticMedia.clip(dir.resolve("c1.mp4"), 320, 180, 25, 2.0, true);
        Path clip2 = SyntheticMedia.mpeg4Clip(dir.resolve("c2.mp4"), 640, 480, 30, 2.0);
        Path clip3 = SyntheticMedia.clip(dir.resolve("c3.mp4"), 320, 180, 25, 1.5, false);
        Path voice1 = SyntheticMedia.tone(dir.resolve("n1.wav"), 3.0, 440, 22050, 1);
        Path voice2 = SyntheticMedia.tone(dir.resolve("n2.wav"), 1.0, 440, 44100, 2);
        FilmSpec spec = new FilmSpec(List.of(
                new BoardMedia(0, clip1, voice1, "第一句话。第二句话！"),
                new BoardMedia(1, clip2, voice2, "Short and sweet."),
                new BoardMedia(2, clip3, null, null)), null, FilmStyle.defaults(), null);
        Path out = dir.resolve("film.mp4");

        MediaInfo info = composer.compose(spec, out);

        double expected = 3.0 + 0.4 + 2.0 + 1.5;
        assertEquals(expected, info.durationSeconds(), 0.1);
        assertEquals(info, new FfmpegProbe().probe(out));
        MediaInfo.StreamInfo video = info.video().orElseThrow();
        assertEquals("h264", video.codec());
        assertEquals("yuv420p", video.pixelFormat());
        assertEquals(320, video.width());
        assertEquals(180, video.height());
        assertEquals(25.0, video.frameRate(), 0.01);
        assertEquals(expected, video.durationSeconds(), 0.1);
        MediaInfo.StreamInfo audio = info.audio().orElseThrow();
        assertEquals("aac", audio.codec());
        assertEquals(expected, audio.durationSeconds(), 0.1);
        float[] samples = MediaInspector.monoSamples(out, 16000);
        assertTrue(MediaInspector.toneLevel(samples, 16000, 2.6, 2.9, 440) > 0.05,
                "narration 1 still plays after its 2 s clip ended: the board was extended, not cut");
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains(".part")), "temp file removed");
        }
    }

    @Test
    void aMissingClipFailsNamingItsBoard() {
        Path clip = SyntheticMedia.clip(dir.resolve("ok.mp4"), 320, 180, 25, 1.0, false);
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, clip, null, "a"),
                new BoardMedia(1, dir.resolve("gone.mp4"), null, "b")), null, FilmStyle.defaults(), null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> composer.compose(spec, dir.resolve("film.mp4")));
        assertTrue(e.getMessage().contains("board 2") && e.getMessage().contains("gone.mp4"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("film.mp4")));
    }

    @Test
    void aCorruptNarrationFailsNamingItsBoardAndFfmpegsError() {
        Path clip = SyntheticMedia.clip(dir.resolve("ok.mp4"), 320, 180, 25, 1.0, false);
        Path junk = SyntheticMedia.corrupt(dir.resolve("voice.wav"));
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, clip, junk, "a")), null, FilmStyle.defaults(), null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> composer.compose(spec, dir.resolve("film.mp4")));
        assertTrue(e.getMessage().contains("board 1 narration"), e.getMessage());
        assertTrue(e.getMessage().contains("voice.wav"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid data"), e.getMessage());
    }
}
