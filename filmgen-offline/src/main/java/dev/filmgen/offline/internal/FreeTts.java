package dev.filmgen.offline.internal;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;

/**
 * FreeTTS 1.2.2's {@code kevin16} diphone voice (English only, pure Java; its jar on Maven Central carries the
 * voice data). Speech is collected in memory and written as WAV. FreeTTS is not thread-safe: one call at a time.
 */
public final class FreeTts {
    private static final String DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    private static Voice voice;
    private static boolean broken;

    private FreeTts() {
    }

    /** Speaks English text into {@code out}; throws when FreeTTS is missing or cannot speak. */
    public static synchronized void speak(String text, VoiceProfile profile, Path out) throws IOException {
        Voice v = voice();
        MemoryPlayer player = new MemoryPlayer();
        v.setAudioPlayer(player);
        v.setPitch(profile.basePitch());
        v.setPitchRange(profile.female() ? 18 : 11);
        v.setRate(profile.rate());
        if (!v.speak(text) || player.bytes.size() == 0) {
            throw new IOException("FreeTTS produced no audio");
        }
        AudioFormat f = player.format;
        byte[] pcm = player.bytes.toByteArray();
        if (f.isBigEndian()) {
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                byte t = pcm[i];
                pcm[i] = pcm[i + 1];
                pcm[i + 1] = t;
            }
        }
        Wav.write(out, pcm, (int) f.getSampleRate(), f.getChannels());
    }

    private static Voice voice() throws IOException {
        if (voice == null) {
            if (broken) {
                throw new IOException("FreeTTS voice kevin16 is not available");
            }
            try {
                String old = System.getProperty("freetts.voices");
                if (old == null || !old.contains(DIRECTORY)) {
                    System.setProperty("freetts.voices", old == null ? DIRECTORY : old + "," + DIRECTORY);
                }
                Voice v = VoiceManager.getInstance().getVoice("kevin16");
                if (v == null) {
                    throw new IOException("FreeTTS has no kevin16 voice on the class path");
                }
                v.allocate();
                voice = v;
            } catch (LinkageError | RuntimeException e) {
                broken = true;
                throw new IOException("FreeTTS cannot start: " + e, e);
            }
        }
        return voice;
    }

    /** An audio player that keeps the samples. */
    private static final class MemoryPlayer implements AudioPlayer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private AudioFormat format = new AudioFormat(16000, 16, 1, true, true);

        @Override
        public void setAudioFormat(AudioFormat f) {
            if (f.getSampleSizeInBits() != 16) {
                throw new IllegalStateException("FreeTTS audio is " + f.getSampleSizeInBits() + "-bit, expected 16");
            }
            format = f;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public boolean write(byte[] data) {
            return write(data, 0, data.length);
        }

        @Override
        public boolean write(byte[] data, int offset, int size) {
            bytes.write(data, offset, size);
            return true;
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void reset() {
        }

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void begin(int size) {
        }

        @Override
        public boolean end() {
            return true;
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }

        @Override
        public float getVolume() {
            return 1f;
        }

        @Override
        public void setVolume(float volume) {
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {
        }

        @Override
        public void startFirstSampleTimer() {
        }

        @Override
        public void showMetrics() {
        }
    }
}
