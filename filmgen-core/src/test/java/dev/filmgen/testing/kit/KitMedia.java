package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.filmgen.domain.MediaAsset;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Small media for the kits, made in plain Java (PNG pictures, PCM WAV tones), and readers for what a model port
 * returns: the bytes behind a {@code data:}, {@code file:} or {@code http(s):} asset, a decoded picture, a WAV's
 * length and loudness.
 */
public final class KitMedia {
    /** HTTP/1.1: the JDK client's h2c upgrade against a local fake server broke off large pictures now and then. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build();

    private KitMedia() {
    }

    /** A {@code width}x{@code height} PNG with a diagonal gradient and a block of colour, as bytes. */
    public static byte[] png(int width, int height, Color color) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, Color.WHITE, width, height, color.darker()));
            g.fillRect(0, 0, width, height);
            g.setColor(color);
            g.fillRect(width / 4, height / 4, width / 2, height / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A picture as a {@code data:image/png} asset of known size. */
    public static MediaAsset pngAsset(int width, int height, Color color) {
        String b64 = Base64.getEncoder().encodeToString(png(width, height, color));
        return MediaAsset.of(URI.create("data:image/png;base64," + b64), "image/png").withSize(width, height);
    }

    /** A picture written to {@code file} as a {@code file:} asset of known size and length. */
    public static MediaAsset pngFile(Path file, int width, int height, Color color) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png(width, height, color));
            return new MediaAsset(file.toUri(), "image/png", null, Files.size(file), null, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 16-bit PCM WAV of a sine tone ({@code amplitude} 0 for silence), as bytes. */
    public static byte[] wav(double seconds, double frequency, double amplitude, int sampleRate, int channels) {
        int frames = (int) Math.round(seconds * sampleRate);
        int dataBytes = frames * channels * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < frames; i++) {
            short v = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * frequency * i / sampleRate));
            for (int c = 0; c < channels; c++) {
                b.putShort(v);
            }
        }
        return b.array();
    }

    /** A tone written to {@code file}; returns the file. */
    public static Path wavFile(Path file, double seconds, double frequency, int sampleRate, int channels) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, wav(seconds, frequency, 0.5, sampleRate, channels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes behind an asset: a {@code data:} URI decoded, a {@code file:} read, an {@code http(s):} URL fetched. */
    public static byte[] bytes(MediaAsset asset) {
        URI uri = asset.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        try {
            switch (scheme) {
                case "data": {
                    String s = uri.toString();
                    int comma = s.indexOf(',');
                    String head = s.substring(5, comma);
                    String body = s.substring(comma + 1);
                    return head.endsWith(";base64") ? Base64.getDecoder().decode(body)
                            : URLDecoder.decode(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
                }
                case "file":
                    return Files.readAllBytes(Path.of(uri));
                case "http":
                case "https": {
                    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, r.statusCode(), "GET " + uri);
                    return r.body();
                }
                default:
                    return fail("the asset's bytes cannot be read by a caller: " + uri);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The type the bytes' magic number says ({@code image/png}, {@code audio/wav}, {@code video/mp4}…), or null. */
    public static String sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'A', 'V', 'E')) {
            return "audio/wav";
        }
        if (starts(b, 0, 'I', 'D', '3') || b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0) {
            return "audio/mpeg";
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return "video/mp4";
        }
        return null;
    }

    /** The media type without parameters, lower case: {@code audio/wav;silent=true} gives {@code audio/wav}. */
    public static String baseType(String mediaType) {
        int semi = mediaType.indexOf(';');
        String t = (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "image/jpg" -> "image/jpeg";
            case "audio/x-wav", "audio/wave" -> "audio/wav";
            case "audio/mp3" -> "audio/mpeg";
            default -> t;
        };
    }

    /** Decodes a PNG or JPEG; fails when the bytes are not one. */
    public static BufferedImage picture(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(img, "the bytes do not decode as a picture");
            return img;
        } catch (IOException e) {
            return fail("the bytes do not decode as a picture: " + e.getMessage());
        }
    }

    /** A parsed PCM WAV: its format and samples (mono mix, -1..1). */
    public record Wav(int sampleRate, int channels, int bitsPerSample, float[] mono) {
        /** Playing time in seconds. */
        public double seconds() {
            return mono.length / (double) sampleRate;
        }

        /** Root mean square level of all samples, 0..1. */
        public double rms() {
            double sum = 0;
            for (float s : mono) {
                sum += s * s;
            }
            return mono.length == 0 ? 0 : Math.sqrt(sum / mono.length);
        }
    }

    /** Parses a RIFF/WAVE file of 8-, 16- or 32-bit integer PCM or 32-bit float; fails on anything else. */
    public static Wav wav(byte[] bytes) {
        assertTrue(starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'A', 'V', 'E'), "not a RIFF/WAVE file");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        int format = 0;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= bytes.length) {
            String id = new String(bytes, pos, 4, StandardCharsets.US_ASCII);
            long size = b.getInt(pos + 4) & 0xFFFFFFFFL;
            int body = pos + 8;
            if (id.equals("fmt ")) {
                format = b.getShort(body) & 0xFFFF;
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
                if (format == 0xFFFE && size >= 26) {
                    format = b.getShort(body + 24) & 0xFFFF;
                }
            } else if (id.equals("data")) {
                assertTrue(channels > 0 && rate > 0, "a WAV data chunk before its fmt chunk");
                long end = Math.min(bytes.length, body + (size == 0xFFFFFFFFL ? bytes.length : size));
                return new Wav(rate, channels, bits, samples(b, body, (int) end, format, bits, channels));
            }
            pos = (int) (body + size + (size & 1));
        }
        return fail("the WAV has no data chunk");
    }

    private static float[] samples(ByteBuffer b, int from, int to, int format, int bits, int channels) {
        int width = bits / 8;
        int frames = (to - from) / (width * channels);
        float[] mono = new float[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = from + (f * channels + c) * width;
                if (format == 3 && bits == 32) {
                    sum += b.getFloat(at);
                } else if (format == 1 && bits == 16) {
                    sum += b.getShort(at) / 32768.0;
                } else if (format == 1 && bits == 8) {
                    sum += ((b.get(at) & 0xFF) - 128) / 128.0;
                } else if (format == 1 && bits == 32) {
                    sum += b.getInt(at) / 2147483648.0;
                } else {
                    return fail("unsupported WAV sample format " + format + "/" + bits + " bits");
                }
            }
            mono[f] = (float) (sum / channels);
        }
        return mono;
    }

    private static boolean starts(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
