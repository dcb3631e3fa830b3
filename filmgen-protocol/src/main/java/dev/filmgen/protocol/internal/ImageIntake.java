package dev.filmgen.protocol.internal;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.media.RemoteMedia;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.media.RemoteMediaRefused;
import dev.filmgen.protocol.ImagePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Fetches a product photo for a turn through core's {@link RemoteMediaPolicy} (scheme and address checks before
 * any connection, each redirect checked again, size cap, PNG/JPEG/WebP by magic bytes), saves it under the upload
 * folder and hands it to the turn as a {@code file:} URI. Refusals become the service's error codes.
 */
public final class ImageIntake {
    private final RemoteMediaPolicy policy;
    private final Path uploads;

    public ImageIntake(ImagePolicy policy, Path uploads) {
        this.policy = policy.toRemoteMediaPolicy();
        this.uploads = uploads;
    }

    /** Fetches and stores the photo at {@code url}; returns its local {@code file:} URI. */
    public String fetch(String sessionId, String url) {
        URI uri = check(url);
        byte[] bytes;
        String type;
        try (RemoteMedia media = policy.open(uri)) {
            bytes = media.readAll();
            type = media.mediaType();
        } catch (RemoteMediaRefused e) {
            throw refused(e);
        } catch (IOException | FilmgenException e) {
            throw new RequestRefused("image_unreachable", "the product image could not be fetched: " + e.getMessage());
        }
        try {
            Path dir = Files.createDirectories(uploads.resolve(sessionId));
            Path file = dir.resolve("product-" + UUID.randomUUID() + "." + (type.equals("image/jpeg") ? "jpg"
                    : type.substring("image/".length())));
            Files.write(file, bytes);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the product image under " + uploads, e);
        }
    }

    /** Validates scheme and address of {@code url} without connecting; returns it parsed. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RequestRefused("image_refused", "the product image URL is not a valid URL: " + e.getMessage());
        }
        try {
            return policy.check(uri);
        } catch (RemoteMediaRefused e) {
            throw refused(e);
        }
    }

    private static RequestRefused refused(RemoteMediaRefused e) {
        String message = "the product image " + e.location() + " was refused: " + e.detail();
        switch (e.reason()) {
            case ADDRESS: return new RequestRefused("image_refused", message);
            case WRONG_TYPE: return new RequestRefused("not_an_image", message);
            case TOO_LARGE: return new RequestRefused("image_too_large", message);
            default: return new RequestRefused("image_unreachable", message);
        }
    }
}
