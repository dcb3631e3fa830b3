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

    private static FilmStyle style(double crossfade, int width, int height, FilmStyle.Fit fit) {
        return new FilmStyle(null, 60, "white", null, true, FilmStyle.Position.BOTTOM, 0.5, 0, crossfade, width,
                height, fit, 0, 70, 0.4);
    }

    @Test
    void crossFadesShortenTheFilmByTheirOverlap() {
        Path a = SyntheticMedia.solidClip(dir.resolve("a.mp4"), 320, 180, 25, 2.0, "#FF0000");
        Path b = SyntheticMedia.solidClip(dir.resolve("b.mp4"), 320, 180, 25, 2.0, "#0000FF");
        Path c = SyntheticMedia.clip(dir.resolve("c.mp4"), 320, 180, 25, 2.0, false);
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, a, null, "one"), new BoardMedia(1, b, null, "two"),
                new BoardMedia(2, c, null, "three")), null, style(0.6, 0, 0, FilmStyle.Fit.LETTERBOX), null);
        Path out = dir.resolve("film.mp4");
        MediaInfo info = composer.compose(spec, out);
        assertEquals(6.0 - 2 * 0.6, info.durationSeconds(), 0.1);
        assertEquals(6.0 - 2 * 0.6, info.audio().orElseThrow().durationSeconds(), 0.1);
        // board 2 starts at 1.4 s; halfway through the cross-fade the picture is half red, half blue
        List<java.awt.image.BufferedImage> frames = MediaInspector.framesAt(out, 1.2, 1.7, 2.2);
        java.awt.Color before = new java.awt.Color(frames.get(0).getRGB(160, 40));
        java.awt.Color during = new java.awt.Color(frames.get(1).getRGB(160, 40));
        java.awt.Color after = new java.awt.Color(frames.get(2).getRGB(160, 40));
        assertTrue(before.getRed() > 220 && before.getBlue() < 40, before.toString());
        assertTrue(during.getRed() > 70 && during.getRed() < 190 && during.getBlue() > 70 && during.getBlue() < 190,
                during.toString());
        assertTrue(after.getBlue() > 220 && after.getRed() < 40, after.toString());
    }

    @Test
    void backgroundMusicPlaysAndIsDuckedUnderTheVoice() {
        Path a = SyntheticMedia.clip(dir.resolve("a.mp4"), 320, 180, 25, 2.0, false);
        Path b = SyntheticMedia.clip(dir.resolve("b.mp4"), 320, 180, 25, 2.5, false);
        Path voice = SyntheticMedia.tone(dir.resolve("v.wav"), 1.6, 440, 24000, 1);
        Path music = SyntheticMedia.tone(dir.resolve("m.wav"), 1.0, 110, 44100, 2);
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, a, voice, "voice"), new BoardMedia(1, b, null, null)),
                music, FilmStyle.defaults(), null);
        Path out = dir.resolve("film.mp4");
        composer.compose(spec, out);
        float[] s = MediaInspector.monoSamples(out, 16000);
        double voiceLevel = MediaInspector.toneLevel(s, 16000, 0.3, 1.3, 440);
        double musicUnderVoice = MediaInspector.toneLevel(s, 16000, 0.3, 1.3, 110);
        double musicAlone = MediaInspector.toneLevel(s, 16000, 2.8, 3.6, 110);
        assertTrue(voiceLevel > 0.1, "voice audible: " + voiceLevel);
        assertTrue(musicAlone > 0.02, "music plays (looped) after the voice: " + musicAlone);
        assertTrue(musicUnderVoice < musicAlone / 3, "music ducked under the voice: " + musicUnderVoice
                + " vs " + musicAlone);
        assertTrue(MediaInspector.rms(s, 16000, 4.3, 4.5) < musicAlone / 2, "music fades out at the end");
    }

    @Test
    void anEndCardOnABrandColourFollowsTheBoards() {
        Path a = SyntheticMedia.clip(dir.resolve("a.mp4"), 320, 180, 25, 1.0, false);
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, a, null, null)), null, FilmStyle.defaults(),
                new dev.filmgen.compose.EndCard("暖杯", "Warm every day", 1.0, "#0000C0"));
        Path out = dir.resolve("film.mp4");
        MediaInfo info = composer.compose(spec, out);
        assertEquals(2.0, info.durationSeconds(), 0.1);
        java.awt.Color corner = new java.awt.Color(MediaInspector.framesAt(out, 1.6).get(0).getRGB(4, 4));
        assertTrue(corner.getBlue() > 150 && corner.getRed() < 40 && corner.getGreen() < 40, corner.toString());
    }

    @Test
    void otherAspectsAreLetterboxedOrCroppedNeverStretched() {
        Path wide = SyntheticMedia.clip(dir.resolve("wide.mp4"), 320, 180, 25, 1.0, false);
        Path letterboxed = dir.resolve("letterbox.mp4");
        Path cropped = dir.resolve("crop.mp4");
        MediaInfo boxed = composer.compose(new FilmSpec(List.of(new BoardMedia(0, wide, null, null)), null,
                style(0, 180, 320, FilmStyle.Fit.LETTERBOX), null), letterboxed);
        composer.compose(new FilmSpec(List.of(new BoardMedia(0, wide, null, null)), null,
                style(0, 180, 320, FilmStyle.Fit.CROP), null), cropped);
        assertEquals(180, boxed.video().orElseThrow().width());
        assertEquals(320, boxed.video().orElseThrow().height());
        java.awt.image.BufferedImage box = MediaInspector.framesAt(letterboxed, 0.5).get(0);
        java.awt.image.BufferedImage crop = MediaInspector.framesAt(cropped, 0.5).get(0);
        // 320x180 scaled to width 180 is about 102 rows tall: bars above and below
        assertTrue((box.getRGB(90, 20) & 0xffffff) < 0x101010, "black bar above the picture");
        assertTrue((box.getRGB(90, 300) & 0xffffff) < 0x101010, "black bar below the picture");
        assertTrue((crop.getRGB(90, 20) & 0xffffff) > 0x101010, "cropped picture fills the frame");
    }

    @Test
    void aCorruptClipFailsNamingItsBoard() {
        Path ok = SyntheticMedia.clip(dir.resolve("ok.mp4"), 320, 180, 25, 1.0, false);
        Path junk = SyntheticMedia.corrupt(dir.resolve("broken.mp4"));
        FilmSpec spec = new FilmSpec(List.of(new BoardMedia(0, ok, null, null), new BoardMedia(1, ok, null, null),
                new BoardMedia(2, junk, null, null)), null, FilmStyle.defaults(), null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> composer.compose(spec, dir.resolve("film.mp4")));
        assertTrue(e.getMessage().contains("board 3 clip") && e.getMessage().contains("broken.mp4"),
                e.getMessage());
    }

    @Test
    void aMissingFontFileIsNamed() {
        Path ok = SyntheticMedia.clip(dir.resolve("ok.mp4"), 320, 180, 25, 1.0, false);
        FilmStyle d = FilmStyle.defaults();
        FilmStyle style = new FilmStyle(dir.resolve("nofont.ttf"), 60, "white", null, true, d.position(), 0.5, 0,
                0, 0, 0, d.fit(), 0, 70, 0.4);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> composer.compose(
                new FilmSpec(List.of(new BoardMedia(0, ok, null, "x")), null, style, null), dir.resolve("f.mp4")));
        assertTrue(e.getMessage().contains("fontFile") && e.getMessage().contains("nofont.ttf"), e.getMessage());
    }

    @Test
    void pathsWithFilterGraphSpecialCharactersAreEscaped() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("a dir, with [odd]; chars"));
        Path clip = SyntheticMedia.clip(odd.resolve("clip 1,'x'[y];z:w.mp4"), 320, 180, 25, 1.0, false);
        Path voice = SyntheticMedia.tone(odd.resolve("voice:1's.wav"), 1.5, 440, 16000, 1);
        MediaInfo info = composer.compose(new FilmSpec(List.of(new BoardMedia(0, clip, voice, "it's 50% off: buy!")),
                null, FilmStyle.defaults(), null), odd.resolve("film, final.mp4"));
        assertEquals(1.5 + 0.4, info.durationSeconds(), 0.1);
    }

    @Test
    void anEndCardOverTheLastFrameExtendsTheFilmAndShowsItsText() {
        Path a = SyntheticMedia.solidClip(dir.resolve("a.mp4"), 320, 180, 25, 1.0, "#203050");
        Path out = dir.resolve("film.mp4");
        MediaInfo info = composer.compose(new FilmSpec(List.of(new BoardMedia(0, a, null, null)), null,
                FilmStyle.defaults(), new dev.filmgen.compose.EndCard("暖杯", "温暖每一天", 1.2, null)), out);
        assertEquals(2.2, info.durationSeconds(), 0.1);
        List<java.awt.image.BufferedImage> frames = MediaInspector.framesAt(out, 0.5, 1.9);
        assertEquals(0, whitePixels(frames.get(0)), "no card text before the card");
        assertTrue(whitePixels(frames.get(1)) > 30, "product name and slogan drawn over the held last frame");
    }

    private static int whitePixels(java.awt.image.BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) > 200 && ((image.getRGB(x, y) >> 16) & 0xff) > 200) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void quietAndLoudNarrationsComeOutEquallyLoud() {
        Path a = SyntheticMedia.clip(dir.resolve("a.mp4"), 320, 180, 25, 1.0, false);
        Path loud = SyntheticMedia.tone(dir.resolve("loud.wav"), 1.5, 440, 16000, 1, 0.5);
        Path quiet = SyntheticMedia.tone(dir.resolve("quiet.wav"), 1.5, 440, 16000, 1, 0.05);
        Path out = dir.resolve("film.mp4");
        composer.compose(new FilmSpec(List.of(new BoardMedia(0, a, loud, null), new BoardMedia(1, a, quiet, null)),
                null, FilmStyle.defaults(), null), out);
        float[] s = MediaInspector.monoSamples(out, 16000);
        double first = MediaInspector.toneLevel(s, 16000, 0.3, 1.3, 440);
        double second = MediaInspector.toneLevel(s, 16000, 1.9 + 0.3, 1.9 + 1.3, 440);
        assertTrue(first > 0.1, "narration audible: " + first);
        assertEquals(1.0, second / first, 0.15, "a 20 dB quieter recording is brought to the same loudness");
    }

    @Test
    void anFfmpegFailureNamesTheBoardTheErrorAndTheTailOfFfmpegsLog() {
        Path ok = SyntheticMedia.clip(dir.resolve("ok.mp4"), 320, 180, 25, 1.0, false);
        FilmStyle d = FilmStyle.defaults();
        FilmStyle style = new FilmStyle(null, 60, "notacolour", null, true, d.position(), 0.5, 0, 0, 0, 0, d.fit(),
                0, 70, 0.4);
        dev.filmgen.error.FilmgenException e = assertThrows(dev.filmgen.error.FilmgenException.class,
                () -> composer.compose(new FilmSpec(List.of(new BoardMedia(0, ok, null, null),
                        new BoardMedia(1, ok, null, "text")), null, style, null), dir.resolve("film.mp4")));
        String m = e.getMessage();
        assertTrue(m.contains("board 2") && m.contains("ok.mp4"), m);
        assertTrue(m.matches("(?s).*\\(-\\d+\\).*"), "FFmpeg's error code: " + m);
        assertTrue(m.contains("FFmpeg log") && m.contains("notacolour"), m);
        assertFalse(e.isRetriable());
        assertFalse(Files.exists(dir.resolve("film.mp4")));
    }
}
