package dev.filmgen.internal.runner;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.media.Reachability;
import dev.filmgen.media.internal.Locations;
import dev.filmgen.storage.Storage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a picture into something a provider that fetches pictures itself can reach: a public http(s) link passes;
 * a picture in a storage with public links goes as a fresh link; anything else (a {@code file:} path, a link to
 * this machine or a private network, the service's own {@code /files} link) goes inline as a {@code data:} URI
 * within the model's limit, measured on the encoded text, re-encoded as JPEG (and scaled down) when the original is
 * too long. When none of that fits, an {@link InvalidInputException} says what to configure.
 */
final class ReachableMedia {
    private static final Logger LOG = LoggerFactory.getLogger(ReachableMedia.class);
    private static final Duration LINK_TTL = Duration.ofHours(24);
    static final String CONFIGURE = "configure OSS (OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET, OSS_ENDPOINT, OSS_BUCKET,"
            + " OSS_DIRECTORY) or give FilmAgentBuilder.storage(...) a storage whose links the provider can fetch";

    private final Storage storage;

    ReachableMedia(Storage storage) {
        this.storage = storage;
    }

    /** {@code asset} as {@code model} can reach it; {@code inlineLimit} characters of data URI at most (0: none). */
    MediaAsset reach(MediaAsset asset, String model, long inlineLimit, String what) {
        URI uri = asset.uri();
        boolean stored = asset.storageKey() != null;
        if (isHttp(uri) && whyNotPublic(uri) == null && (!stored || storage.publicLinks())) {
            return asset;
        }
        if (stored && storage.publicLinks()) {
            URI link = storage.link(asset.storageKey(), LINK_TTL);
            if (whyNotPublic(link) == null) {
                return new MediaAsset(link, asset.mediaType(), null, asset.sizeBytes(), null, asset.width(),
                        asset.height());
            }
        }
        String where = isHttp(uri) && whyNotPublic(uri) != null ? "its link " + Locations.describe(uri) + " points at "
                + whyNotPublic(uri) : stored ? "the storage keeps it on this machine" : "it is " + Locations.describe(uri);
        if (inlineLimit <= 0) {
            throw new InvalidInputException(what + ": " + model + " fetches pictures only from public links and "
                    + where + "; " + CONFIGURE);
        }
        byte[] bytes = read(asset, what, where);
        String inline = dataUri(asset.mediaType(), bytes);
        if (inline.length() <= inlineLimit) {
            return inlined(asset, inline, bytes.length);
        }
        byte[] smaller = Pictures.jpegWithin(bytes, inlineLimit);
        if (smaller != null) {
            LOG.info("{}: sent inline as JPEG ({} characters; the original's {} exceed {}'s {})", what,
                    dataUri("image/jpeg", smaller).length(), inline.length(), model, inlineLimit);
            return inlined(new MediaAsset(asset.uri(), "image/jpeg", null, smaller.length, null, asset.width(),
                    asset.height()), dataUri("image/jpeg", smaller), smaller.length);
        }
        throw new InvalidInputException(what + ": " + model + " cannot fetch it (" + where + ") and inline it is "
                + inline.length() + " characters, more than the " + inlineLimit + " " + model + " takes even as a"
                + " smaller JPEG; " + CONFIGURE);
    }

    /** Why a provider could not fetch {@code uri}, or null when it looks fetchable. */
    static String whyNotPublic(URI uri) {
        return Reachability.whyUnreachable(uri).orElse(null);
    }

    private static boolean isHttp(URI uri) {
        String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https");
    }

    private byte[] read(MediaAsset asset, String what, String where) {
        URI uri = asset.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        try {
            if (asset.storageKey() != null) {
                try (InputStream in = storage.open(asset.storageKey())) {
                    return in.readAllBytes();
                }
            }
            if (scheme.equals("file")) {
                return Files.readAllBytes(Path.of(uri));
            }
            if (scheme.equals("data")) {
                String s = uri.toString();
                int comma = s.indexOf(',');
                if (comma > 0 && s.substring(0, comma).endsWith(";base64")) {
                    return Base64.getDecoder().decode(s.substring(comma + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot read " + Locations.describe(uri), e);
        }
        throw new InvalidInputException(what + ": the provider cannot fetch it (" + where + ") and filmgen has no copy"
                + " to send inline; store it first, or " + CONFIGURE);
    }

    private static String dataUri(String mediaType, byte[] bytes) {
        int semi = mediaType.indexOf(';');
        String type = (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim();
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static MediaAsset inlined(MediaAsset asset, String dataUri, long size) {
        return new MediaAsset(URI.create(dataUri), asset.mediaType(), null, size, null, asset.width(), asset.height());
    }

    /** Re-encoding for pictures too long to send inline. */
    static final class Pictures {
        private Pictures() {
        }

        /** {@code bytes} as a JPEG whose data URI fits {@code limit} characters (scaled down if need be), or null. */
        static byte[] jpegWithin(byte[] bytes, long limit) {
            java.awt.image.BufferedImage img;
            try {
                img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            } catch (IOException e) {
                return null;
            }
            if (img == null) {
                return null;
            }
            double scale = 1.0;
            for (int attempt = 0; attempt < 5; attempt++) {
                byte[] jpeg = jpeg(img, scale);
                long length = "data:image/jpeg;base64,".length() + 4L * ((jpeg.length + 2) / 3);
                if (length <= limit) {
                    return jpeg;
                }
                scale *= Math.max(0.3, Math.sqrt((double) limit / length) * 0.9);
            }
            return null;
        }

        private static byte[] jpeg(java.awt.image.BufferedImage img, double scale) {
            int w = Math.max(1, (int) Math.round(img.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(img.getHeight() * scale));
            java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = rgb.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(img, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
                javax.imageio.ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(0.9f);
                try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(ios);
                    writer.write(null, new javax.imageio.IIOImage(rgb, null, null), p);
                } finally {
                    writer.dispose();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot encode a JPEG", e);
            }
            return out.toByteArray();
        }
    }
}
