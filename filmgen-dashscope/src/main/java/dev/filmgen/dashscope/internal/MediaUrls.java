package dev.filmgen.dashscope.internal;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.Reachability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link MediaAsset} into what Bailian can read: a public http(s) link passes; a {@code data:} URI or a
 * {@code file:} picture goes inline when the whole data URI, as sent, is within the model's limit. A link Bailian
 * could not fetch (this machine, a private network) is refused before the call. The runner has normally made every
 * picture reachable already; this guards hosts that call the ports directly. Never uses the SDK's upload to a
 * temporary DashScope OSS location.
 */
public final class MediaUrls {
    private MediaUrls() {
    }

    /** The link or data URI to send for {@code asset}; {@code maxChars} limits a data URI's length (0: none allowed). */
    public static String forService(MediaAsset asset, long maxChars, String what) {
        URI uri = asset.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http":
            case "https":
                Optional<String> why = Reachability.whyUnreachable(uri);
                if (why.isPresent()) {
                    throw new InvalidInputException(what + ": Bailian fetches pictures from the internet and cannot"
                            + " reach " + uri.getScheme() + "://" + uri.getAuthority() + "/… (" + why.get() + "); send"
                            + " it inline or from a public link (OSS)");
                }
                return uri.toString();
            case "data":
                return within(uri.toString(), maxChars, what, "data URI");
            case "file":
                return within(inline(Path.of(uri), asset.mediaType(), what), maxChars, what, "file " + Path.of(uri));
            default:
                throw new InvalidInputException(what + ": DashScope can read only http(s) URLs or inline data, not "
                        + (scheme.isEmpty() ? "a relative reference" : scheme + ":") + " (" + uri + ")");
        }
    }

    private static String within(String dataUri, long maxChars, String what, String source) {
        if (dataUri.length() > maxChars) {
            throw new InvalidInputException(what + ": " + source + " is " + dataUri.length() + " characters inline,"
                    + (maxChars <= 0 ? " and this model takes pictures only from public links"
                    : " more than the " + maxChars + " this model takes")
                    + "; store it where the service can fetch it (a Storage with public links, such as OSS)");
        }
        return dataUri;
    }

    private static String inline(Path file, String mediaType, String what) {
        try {
            int semi = mediaType.indexOf(';');
            String type = (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim();
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(what + ": file not found: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot read " + file, e);
        }
    }
}
