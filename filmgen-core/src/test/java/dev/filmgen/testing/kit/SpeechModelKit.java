package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of {@link SpeechModel}: a line in English or Chinese becomes audio whose bytes are what its media
 * type says, readable by the caller, with a true duration; a track not marked {@code silent=true} has sound in it;
 * blank text is refused or marked silent, never passed off as a voice; concurrent requests each get their track.
 * WAV tracks are measured by the kit itself; an MP3 port overrides {@link #seconds(MediaAsset, byte[])}. A remote
 * port's test also implements {@link RemoteModelKit} with its local fake.
 */
public abstract class SpeechModelKit {

    /** The port under test. */
    protected abstract SpeechModel model();

    /** The model name requests carry. */
    protected abstract String modelName();

    /** The voice requests ask for; default null, the port's default voice. */
    protected String voice() {
        return null;
    }

    /** A request to speak {@code text} in {@code language}. */
    protected SpeechRequest request(String text, String language, String purpose) {
        return new SpeechRequest(modelName(), text, voice(), language, purpose);
    }

    /** One ordinary call; {@link RemoteModelKit} uses it. */
    public void callOnce() {
        model().speak(request("Warmth that lasts all day.", "en", "voice:1"));
    }

    /** The playing time of a track and whether it has sound; WAV by default. */
    protected double[] secondsAndLevel(MediaAsset track, byte[] bytes) {
        KitMedia.Wav wav = KitMedia.wav(bytes);
        return new double[] {wav.seconds(), wav.rms()};
    }

    /** Checks the track and returns its measured playing time. */
    protected double assertTrack(MediaAsset track) {
        String type = KitMedia.baseType(track.mediaType());
        assertTrue(type.startsWith("audio/"), "an audio media type: " + track.mediaType());
        byte[] bytes = KitMedia.bytes(track);
        assertEquals(type, KitMedia.sniff(bytes), "the bytes are what the media type says");
        double[] measured = secondsAndLevel(track, bytes);
        assertTrue(measured[0] > 0.2, "a track of some length: " + measured[0] + " s");
        if (track.durationSeconds() != null) {
            assertEquals(measured[0], track.durationSeconds(), 0.1, "the reported duration is the track's");
        }
        if (!isMarkedSilent(track)) {
            assertTrue(measured[1] > 0.003, "a track not marked silent=true has sound (RMS " + measured[1] + ")");
        }
        return measured[0];
    }

    /** Whether the media type carries {@code silent=true}. */
    protected static boolean isMarkedSilent(MediaAsset track) {
        return track.mediaType().replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains(";silent=true");
    }

    @Test
    void speaksAnEnglishLine() {
        assertTrack(model().speak(request("Cold mornings come early. Aurora keeps it hot all day.", "en", "voice:1")));
    }

    @Test
    void speaksAChineseLine() {
        assertTrack(model().speak(request("清晨很冷，极光保温杯让茶一整天都是热的。", "zh", "voice:2")));
    }

    @Test
    void theBilledCallTheRunnerMakesKeepsTheSameContract() {
        assertTrack(model().speakBilled(request("Warmth that lasts all day.", "en", "voice:1")).value());
    }

    @Test
    void blankTextIsRefusedOrMarkedSilentNeverPassedOffAsAVoice() {
        MediaAsset track;
        try {
            track = model().speak(request("   ", "en", "voice:3"));
        } catch (InvalidInputException refused) {
            return;
        }
        assertTrue(isMarkedSilent(track), "a track for blank text must be marked silent=true: " + track.mediaType());
    }

    @Test
    void concurrentRequestsEachGetTheirTrack() throws Exception {
        List<MediaAsset> tracks = Concurrently.run(3, i -> model().speak(request(
                "Line " + (i + 1) + ": warmth that lasts.", "en", "voice:" + (i + 1))));

        tracks.forEach(this::assertTrack);
    }
}
