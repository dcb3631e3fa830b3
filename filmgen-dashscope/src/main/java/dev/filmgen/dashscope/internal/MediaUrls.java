package dev.filmgen.dashscope.internal;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * Turns a {@link MediaAsset} into something DashScope can read: an http(s) URL passes through, a
 * {@code data:} URI passes when small enough, a {@code file:} asset is inlined as a base64 data URI
 * within the size limit. Never uses the SDK's upload-to-temporary-OSS path.
 */
public final class MediaUrls {
    private MediaUrls() {
    }

    /** The URL or data URI to send for {@code asset}, used as {@code what} (for error messages). */
    public static String forService(MediaAsset asset, long maxBytes, String what) {
        URI uri = asset.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http":
            case "https":
                return uri.toString();
            case "data":
                String s = uri.toString();
                long approx = (long) (s.length() - s.indexOf(',') - 1) * 3 / 4;
                if (approx > maxBytes) {
                    throw tooBig(what, approx, maxBytes, "data URI");
                }
                return s;
            case "file":
                return inline(Path.of(uri), asset.mediaType(), maxBytes, what);
            default:
                throw new InvalidInputException(what + ": DashScope can read only http(s) URLs or inline data, not "
                        + (scheme.isEmpty() ? "a relative reference" : scheme + ":") + " (" + uri + ")");
        }
    }

    private static String inline(Path file, String mediaType, long maxBytes, String what) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooBig(what, size, maxBytes, "file " + file);
            }
            return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(what + ": file not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot read " + file, e);
        }
    }

    private static InvalidInputException tooBig(String what, long size, long max, String source) {
        return new InvalidInputException(what + ": " + source + " is " + size + " bytes, more than the " + max
                + " bytes DashScope accepts inline; store it where the service can fetch it "
                + "(a Storage with public http(s) URLs, such as OSS)");
    }
}
