package dev.filmgen.offline.internal;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.PictureSize;
import dev.filmgen.media.PixelBudget;
import dev.filmgen.error.RetriableException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** Reads the bytes of a media asset from a {@code file:}, {@code data:} or {@code http(s):} URI. */
public final class MediaReader {
    /** The most bytes read from any one asset. */
    public static final long MAX_BYTES = 40L * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private MediaReader() {
    }

    public static byte[] bytes(MediaAsset asset, Duration timeout) {
        URI uri = asset.uri();
        String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        try {
            switch (scheme) {
                case "file": {
                    Path p = uri.getScheme() == null ? Path.of(uri.toString()) : Path.of(uri);
                    if (Files.size(p) > MAX_BYTES) {
                        throw new InvalidInputException("media file " + p + " is larger than " + MAX_BYTES + " bytes");
                    }
                    return Files.readAllBytes(p);
                }
                case "data":
                    return data(uri.toString());
                case "http":
                case "https":
                    return http(uri, timeout);
                default:
                    throw new InvalidInputException("cannot read media from '" + uri + "': only file:, data: and "
                            + "http(s): URIs are supported");
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot read media " + uri + ": " + e.getMessage(), e);
        }
    }

    /**
     * The asset decoded as a picture within {@code budget} (checked from its header first), subsampled so its longer
     * side is at most about {@code maxLongSide}; a clear {@link InvalidInputException} when it is not a picture we
     * decode (PNG, JPEG, GIF, BMP) or has too many pixels.
     */
    public static BufferedImage image(MediaAsset asset, byte[] bytes, PixelBudget budget, int maxLongSide) {
        return budget.decode(bytes, maxLongSide, "media " + shortUri(asset));
    }

    /** The size the asset's header states, within {@code budget}. */
    public static PictureSize size(MediaAsset asset, byte[] bytes, PixelBudget budget) {
        return budget.check(bytes, "media " + shortUri(asset));
    }

    private static byte[] data(String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0) {
            throw new InvalidInputException("malformed data: URI (no comma)");
        }
        String head = uri.substring(5, comma);
        String body = uri.substring(comma + 1);
        try {
            return head.endsWith(";base64") ? Base64.getMimeDecoder().decode(body)
                    : URLDecoder.decode(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("malformed base64 in data: URI", e);
        }
    }

    private static byte[] http(URI uri, Duration timeout) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<byte[]> res = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() >= 500 || res.statusCode() == 429) {
                throw new RetriableException("GET " + uri + " answered HTTP " + res.statusCode());
            }
            if (res.statusCode() >= 300) {
                throw new InvalidInputException("GET " + uri + " answered HTTP " + res.statusCode());
            }
            if (res.body().length > MAX_BYTES) {
                throw new InvalidInputException("media at " + uri + " is larger than " + MAX_BYTES + " bytes");
            }
            return res.body();
        } catch (java.net.http.HttpTimeoutException e) {
            throw new RetriableException("GET " + uri + " timed out after " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.filmgen.error.CancelledException("interrupted while reading " + uri);
        }
    }

    static String shortUri(MediaAsset a) {
        String s = a.uri().toString();
        return s.startsWith("data:") ? s.substring(0, Math.min(30, s.length())) + "…" : s;
    }
}
