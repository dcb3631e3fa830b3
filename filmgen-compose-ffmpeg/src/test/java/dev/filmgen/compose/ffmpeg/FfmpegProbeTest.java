package dev.filmgen.compose.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.error.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegProbeTest {
    @TempDir
    Path dir;
    private final FfmpegProbe probe = new FfmpegProbe();

    @Test
    void measuresAClipWithVideoAndAudio() {
        Path clip = SyntheticMedia.clip(dir.resolve("c.mp4"), 320, 240, 30, 1.5, true);
        MediaInfo info = probe.probe(clip);
        assertTrue(info.formatName().contains("mp4"), info.formatName());
        assertEquals(1.5, info.durationSeconds(), 0.1);
        MediaInfo.StreamInfo video = info.video().orElseThrow();
        assertEquals("h264", video.codec());
        assertEquals(320, video.width());
        assertEquals(240, video.height());
        assertEquals(30.0, video.frameRate(), 0.01);
        assertEquals("yuv420p", video.pixelFormat());
        MediaInfo.StreamInfo audio = info.audio().orElseThrow();
        assertEquals("aac", audio.codec());
        assertEquals(48000, audio.sampleRate());
        assertEquals(2, audio.channels());
        assertTrue(info.sizeBytes() > 1000);
    }

    @Test
    void measuresAWav() {
        Path wav = SyntheticMedia.tone(dir.resolve("t.wav"), 2.25, 440, 22050, 1);
        MediaInfo info = probe.probe(wav);
        assertEquals("wav", info.formatName());
        assertEquals(2.25, info.durationSeconds(), 0.01);
        assertTrue(info.video().isEmpty());
        assertEquals("pcm_s16le", info.audio().orElseThrow().codec());
        assertEquals(22050, info.audio().orElseThrow().sampleRate());
        assertEquals(1, info.audio().orElseThrow().channels());
    }

    @Test
    void rejectsAMissingFileNamingIt() {
        Path missing = dir.resolve("nope.mp4");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> probe.probe(missing));
        assertTrue(e.getMessage().contains("nope.mp4"), e.getMessage());
    }

    @Test
    void rejectsACorruptFileWithFfmpegsError() {
        Path junk = SyntheticMedia.corrupt(dir.resolve("junk.mp4"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> probe.probe(junk));
        assertTrue(e.getMessage().contains("junk.mp4"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid data"), e.getMessage());
    }
}
