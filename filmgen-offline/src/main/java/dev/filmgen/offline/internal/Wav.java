package dev.filmgen.offline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small WAV helpers: write PCM or silence, and measure a file's duration from its header. */
public final class Wav {
    private Wav() {
    }

    /** Writes 16-bit little-endian PCM as a WAV file. */
    public static void write(Path out, byte[] pcm, int sampleRate, int channels) throws IOException {
        int byteRate = sampleRate * channels * 2;
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) channels).putInt(sampleRate).putInt(byteRate).putShort((short) (channels * 2))
                .putShort((short) 16).put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(pcm.length);
        try (var os = Files.newOutputStream(out)) {
            os.write(h.array());
            os.write(pcm);
        }
    }

    /** Writes {@code seconds} of silence (16-bit mono). */
    public static void silence(Path out, double seconds, int sampleRate) throws IOException {
        int samples = (int) Math.round(seconds * sampleRate);
        write(out, new byte[samples * 2], sampleRate, 1);
    }

    /** Playing time in seconds, from the {@code fmt } byte rate and the {@code data} chunk size. */
    public static double durationSeconds(Path wav) throws IOException {
        long fileSize = Files.size(wav);
        byte[] head = new byte[(int) Math.min(fileSize, 4096)];
        try (InputStream in = Files.newInputStream(wav)) {
            int n = in.readNBytes(head, 0, head.length);
            ByteBuffer b = ByteBuffer.wrap(head, 0, n).order(ByteOrder.LITTLE_ENDIAN);
            if (n < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
                throw new IOException(wav + " is not a RIFF/WAVE file");
            }
            int byteRate = 0;
            int pos = 12;
            while (pos + 8 <= n) {
                int id = b.getInt(pos);
                long size = b.getInt(pos + 4) & 0xFFFFFFFFL;
                if (id == 0x20746d66) {
                    byteRate = b.getInt(pos + 16);
                } else if (id == 0x61746164) {
                    long available = fileSize - pos - 8;
                    long data = size == 0 || size > available ? available : size;
                    if (byteRate <= 0) {
                        throw new IOException(wav + " has no fmt chunk before its data");
                    }
                    return data / (double) byteRate;
                }
                pos += 8 + (int) (size + (size & 1));
            }
            throw new IOException(wav + " has no data chunk");
        }
    }

    /** The silence length a text would take to speak: about 4.5 CJK characters or 2.7 words a second. */
    public static double estimateSeconds(String text) {
        long cjk = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        String latin = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        long words = java.util.Arrays.stream(latin.split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isEmpty()).count();
        return Math.max(1.0, cjk / 4.5 + words / 2.7 + 0.3);
    }
}
