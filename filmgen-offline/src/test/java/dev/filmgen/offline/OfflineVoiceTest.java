package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.offline.internal.Espeak;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineVoiceTest {
    /** The espeak-ng program: {@code FILMGEN_ESPEAK} when set, else {@code espeak-ng} on the PATH. */
    private static final String ESPEAK = System.getenv().getOrDefault("FILMGEN_ESPEAK", "espeak-ng");

    @TempDir
    Path dir;

    private OfflineVoice voice(VoiceEngine engine, String espeak) {
        return OfflineVoice.builder().workDir(dir).engine(engine).espeakCommand(espeak).build();
    }

    private static SpeechRequest line(String text, String voice, String lang) {
        return new SpeechRequest("offline", text, voice, lang, "voice:1");
    }

    @Test
    void espeakSpeaksMandarinAndEnglishInDistinctVoices() throws Exception {
        Assumptions.assumeTrue(Espeak.available(ESPEAK), "espeak-ng is not installed");
        OfflineVoice v = voice(VoiceEngine.AUTO, ESPEAK);
        MediaAsset zhF = v.speak(line("百炼椰汁，一口清爽，一夏畅快", "Cherry", "zh"));
        MediaAsset zhM = v.speak(line("百炼椰汁，一口清爽，一夏畅快", "Dylan", "zh"));
        MediaAsset en = v.speak(line("Fresh in every sip.", "Ethan", "en"));
        for (MediaAsset a : new MediaAsset[] {zhF, zhM, en}) {
            assertEquals("audio/wav", a.mediaType());
            assertFalse(OfflineVoice.isSilent(a));
            assertTrue(rms(a) > 200, "speech is audible: " + rms(a));
            assertProbedDuration(a);
        }
        assertTrue(crossingsPerSecond(zhF) > crossingsPerSecond(zhM), "the female voice is higher");
    }

    @Test
    void freeTtsSpeaksEnglishWhenEspeakIsMissing() throws Exception {
        OfflineVoice v = voice(VoiceEngine.AUTO, dir.resolve("no-such-espeak").toString());
        MediaAsset cherry = v.speak(line("Fresh in every sip. Bailian coconut water.", "Cherry", "en"));
        MediaAsset dylan = v.speak(line("Fresh in every sip. Bailian coconut water.", "Dylan", "en"));
        assertEquals("audio/wav", cherry.mediaType());
        assertFalse(OfflineVoice.isSilent(cherry));
        assertTrue(cherry.durationSeconds() > 1.0 && cherry.durationSeconds() < 8, "" + cherry.durationSeconds());
        assertTrue(rms(cherry) > 200, "speech is audible");
        assertProbedDuration(cherry);
        assertNotEquals(cherry.uri(), dylan.uri());
        assertTrue(crossingsPerSecond(cherry) > crossingsPerSecond(dylan), "Cherry sounds higher than Dylan");
    }

    @Test
    void withoutAnEngineForTheTextASilentTrackOfTheEstimatedLengthIsMarked() throws Exception {
        OfflineVoice v = voice(VoiceEngine.AUTO, dir.resolve("no-such-espeak").toString());
        MediaAsset zh = v.speak(line("百炼椰汁，一口清爽，一夏畅快", "Cherry", "zh"));
        assertTrue(OfflineVoice.isSilent(zh));
        assertEquals(OfflineVoice.SILENT_MEDIA_TYPE, zh.mediaType());
        assertEquals(12 / 4.5 + 0.3, zh.durationSeconds(), 0.01);
        assertEquals(0.0, rms(zh));
        assertProbedDuration(zh);

        MediaAsset en = voice(VoiceEngine.SILENT, "espeak-ng").speak(line("one two three four five six", "Ethan", "en"));
        assertEquals(6 / 2.7 + 0.3, en.durationSeconds(), 0.01);
        assertTrue(OfflineVoice.isSilent(en));
        MediaAsset empty = voice(VoiceEngine.SILENT, "espeak-ng").speak(line("  ", "Ethan", "en"));
        assertEquals(1.0, empty.durationSeconds(), 0.01);
    }

    @Test
    void aForcedEspeakEngineThatIsMissingFallsBackToSilence() {
        MediaAsset a = voice(VoiceEngine.ESPEAK_NG, dir.resolve("missing").toString())
                .speak(line("Hello there", "Sunny", "en"));
        assertTrue(OfflineVoice.isSilent(a));
    }

    private static void assertProbedDuration(MediaAsset a) {
        MediaInfo info = new FfmpegProbe().probe(Path.of(a.uri()));
        assertEquals(info.durationSeconds(), a.durationSeconds(), 0.05);
        assertEquals("pcm_s16le", info.audio().orElseThrow().codec());
    }

    private static short[] samples(MediaAsset a) throws Exception {
        byte[] b = Files.readAllBytes(Path.of(a.uri()));
        ByteBuffer buf = ByteBuffer.wrap(b, 44, b.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[buf.remaining() / 2];
        buf.asShortBuffer().get(s);
        return s;
    }

    private static double rms(MediaAsset a) throws Exception {
        short[] s = samples(a);
        double sum = 0;
        for (short x : s) {
            sum += x * (double) x;
        }
        return Math.sqrt(sum / Math.max(1, s.length));
    }

    /** Sign changes per second in the loud parts: a rough pitch measure. */
    private static double crossingsPerSecond(MediaAsset a) throws Exception {
        short[] s = samples(a);
        int crossings = 0;
        int loud = 0;
        for (int i = 1; i < s.length; i++) {
            if (Math.abs(s[i]) > 500 || Math.abs(s[i - 1]) > 500) {
                loud++;
                if ((s[i] >= 0) != (s[i - 1] >= 0)) {
                    crossings++;
                }
            }
        }
        return crossings / (double) Math.max(1, loud);
    }
}
