package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.error.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract kit of {@link MediaProbe}: clips and voice tracks are measured truly (duration, file size, streams
 * with their size, rate, sample rate and channels), and a file that is missing or not media is an
 * {@link InvalidInputException} naming it. The subclass supplies the probe and a way to make a small test clip
 * (the kit makes WAV tracks itself).
 */
public abstract class MediaProbeKit {
    @TempDir
    protected Path dir;

    /** The probe under test. */
    protected abstract MediaProbe probe();

    /** Writes a small video clip (with a tone when {@code withAudio}) to {@code file}; returns it. */
    protected abstract Path clip(Path file, int width, int height, double fps, double seconds, boolean withAudio);

    @Test
    void measuresAClipWithSound() throws IOException {
        Path clip = clip(dir.resolve("clip.mp4"), 320, 180, 25, 2.0, true);

        MediaInfo info = probe().probe(clip);

        assertEquals(2.0, info.durationSeconds(), 0.15);
        assertEquals(Files.size(clip), info.sizeBytes());
        assertFalse(info.formatName() == null || info.formatName().isBlank(), "a format name");
        MediaInfo.StreamInfo video = info.video().orElseThrow(() -> new AssertionError("no video stream"));
        assertEquals(320, video.width());
        assertEquals(180, video.height());
        assertEquals(25.0, video.frameRate(), 0.5);
        MediaInfo.StreamInfo audio = info.audio().orElseThrow(() -> new AssertionError("no audio stream"));
        assertTrue(audio.sampleRate() > 0 && audio.channels() > 0, audio.toString());
    }

    @Test
    void aSilentClipHasNoAudioStream() {
        MediaInfo info = probe().probe(clip(dir.resolve("mute.mp4"), 160, 90, 10, 1.0, false));

        assertTrue(info.video().isPresent());
        assertTrue(info.audio().isEmpty(), "no audio stream in a clip made without one");
    }

    @Test
    void measuresAVoiceTrack() throws IOException {
        Path wav = Files.write(dir.resolve("voice.wav"), KitMedia.wav(1.5, 220, 0.5, 22050, 1));

        MediaInfo info = probe().probe(wav);

        assertEquals(1.5, info.durationSeconds(), 0.05);
        assertEquals(Files.size(wav), info.sizeBytes());
        assertTrue(info.video().isEmpty(), "a voice track has no video");
        MediaInfo.StreamInfo audio = info.audio().orElseThrow(() -> new AssertionError("no audio stream"));
        assertEquals(22050, audio.sampleRate());
        assertEquals(1, audio.channels());
        assertEquals(1.5, audio.durationSeconds(), 0.05);
    }

    @Test
    void countsTheChannelsOfAStereoTrack() throws IOException {
        Path wav = Files.write(dir.resolve("stereo.wav"), KitMedia.wav(0.5, 330, 0.5, 44100, 2));

        MediaInfo.StreamInfo audio = probe().probe(wav).audio().orElseThrow();

        assertEquals(2, audio.channels());
        assertEquals(44100, audio.sampleRate());
    }

    @Test
    void aFileThatIsNotMediaIsBadInputNamingIt() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("not-a-clip.mp4"), junk);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> probe().probe(file));

        assertTrue(e.getMessage().contains("not-a-clip.mp4"), e.getMessage());
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Path missing = dir.resolve("gone.wav");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> probe().probe(missing));

        assertTrue(e.getMessage().contains("gone.wav"), e.getMessage());
    }

    @Test
    void concurrentProbesEachMeasureTheirOwnFile() throws Exception {
        for (int i = 0; i < 4; i++) {
            Files.write(dir.resolve("v" + i + ".wav"), KitMedia.wav(0.5 + i * 0.5, 220, 0.5, 16000, 1));
        }

        List<MediaInfo> infos = Concurrently.run(4, i -> probe().probe(dir.resolve("v" + i + ".wav")));

        for (int i = 0; i < 4; i++) {
            assertEquals(0.5 + i * 0.5, infos.get(i).durationSeconds(), 0.05, "file " + i);
        }
    }
}
