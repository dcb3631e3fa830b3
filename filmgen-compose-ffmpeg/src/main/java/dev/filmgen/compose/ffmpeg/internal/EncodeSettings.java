package dev.filmgen.compose.ffmpeg.internal;

/**
 * What the encoder writes: H.264 (OpenH264) yuv420p video of a size and frame rate, optionally AAC stereo
 * 48 kHz audio, in an MP4 with {@code +faststart}.
 *
 * @param width even pixel width
 * @param height even pixel height
 * @param fpsNum frame rate numerator
 * @param fpsDen frame rate denominator
 * @param videoBitrate video bits per second
 * @param videoCodec encoder name ({@code libopenh264}; tests may pick {@code mpeg4})
 * @param audio whether an AAC track is written
 */
public record EncodeSettings(int width, int height, int fpsNum, int fpsDen, long videoBitrate, String videoCodec,
                             boolean audio) {
    /** Audio sample rate of every output. */
    public static final int SAMPLE_RATE = 48_000;
    /** AAC bit rate. */
    public static final long AUDIO_BITRATE = 160_000;

    public EncodeSettings {
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even and at least 16: " + width + "x" + height);
        }
        if (fpsNum <= 0 || fpsDen <= 0) {
            throw new IllegalArgumentException("fps must be positive: " + fpsNum + "/" + fpsDen);
        }
    }

    /** The frame rate as a double. */
    public double fps() {
        return (double) fpsNum / fpsDen;
    }

    /**
     * Bit rate for a quality 0..100 at a size and rate: from about 0.04 to 0.24 bits per pixel, so quality 70
     * gives roughly 9 Mbit/s at 1080p25 (OpenH264 is rate-controlled, not CRF).
     */
    public static long bitrateFor(int quality, int width, int height, double fps) {
        double bitsPerPixel = 0.04 + 0.2 * Math.max(0, Math.min(100, quality)) / 100.0;
        return Math.max(100_000L, Math.round(width * (double) height * fps * bitsPerPixel));
    }

    /** Splits a frame rate into a rational (29.97 becomes 30000/1001). */
    public static int[] rational(double fps) {
        for (int den : new int[] {1, 1001}) {
            double num = fps * den;
            if (Math.abs(num - Math.round(num)) < 1e-3 * den) {
                return new int[] {(int) Math.round(num), den};
            }
        }
        return new int[] {(int) Math.round(fps * 1000), 1000};
    }
}
