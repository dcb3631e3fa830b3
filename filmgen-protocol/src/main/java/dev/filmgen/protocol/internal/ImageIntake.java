package dev.filmgen.protocol.internal;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.media.RemoteMedia;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.media.RemoteMediaRefused;
import dev.filmgen.protocol.ImagePolicy;
import java.io.IOException;
import dev.filmgen.error.StorageFailures;
import dev.filmgen.storage.WorkRoot;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Fetches a product photo for a turn through core's {@link RemoteMediaPolicy} (scheme and address checks before
 * any connection, each redirect checked again, size cap, PNG/JPEG/WebP by magic bytes), saves it in a folder of its
 * own in the work root and hands it to the turn as a {@code file:} URI (the turn stores it with the session; the
 * folder goes when the turn ends). Refusals become the service's error codes.
 */
public final class ImageIntake {
    private final RemoteMediaPolicy policy;
    private final Path uploads;

    public ImageIntake(ImagePolicy policy, Path uploads) {
        this.policy = policy.toRemoteMediaPolicy();
        this.uploads = uploads;
    }

    /**
     * A fetched photo: its {@code file:} URI and the folder it waits in (delete it when the turn ends).
     *
     * @param uri the photo's local {@code file:} URI, for the turn
     * @param folder the request's own folder in the work root
     */
    public record Fetched(String uri, Path folder) { }

    /** Fetches the photo at {@code url} into a folder of its own in the work root. */
    public Fetched fetch(String sessionId, String url) {
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
        Path dir = WorkRoot.at(uploads).newFolder("upload-");
        try {
            Path file = dir.resolve("product-" + UUID.randomUUID() + "." + (type.equals("image/jpeg") ? "jpg"
                    : type.substring("image/".length())));
            Files.write(file, bytes);
            return new Fetched(file.toUri().toString(), dir);
        } catch (IOException e) {
            WorkRoot.deleteTree(dir);
            throw StorageFailures.of("cannot save the product image in " + dir, e);
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
