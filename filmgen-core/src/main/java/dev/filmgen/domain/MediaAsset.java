package dev.filmgen.domain;

import java.net.URI;
import java.util.Objects;

/**
 * A piece of media filmgen made or was given: a picture, a clip, a voice, the film.
 *
 * @param uri where the bytes are: a {@code file:} URI, an {@code http(s):} URL, or a {@code data:} URI
 * @param mediaType MIME type, for example {@code image/png}, {@code video/mp4}, {@code audio/wav}
 * @param storageKey the key in filmgen's {@link dev.filmgen.storage.Storage} once copied there, else null
 * @param sizeBytes size in bytes, or -1 when unknown
 * @param durationSeconds playing time for audio and video, or null
 * @param width pixel width for pictures and clips, or null
 * @param height pixel height for pictures and clips, or null
 */
public record MediaAsset(URI uri, String mediaType, String storageKey, long sizeBytes,
                         Double durationSeconds, Integer width, Integer height) {

    public MediaAsset {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /** An asset known only by its location and type. */
    public static MediaAsset of(URI uri, String mediaType) {
        return new MediaAsset(uri, mediaType, null, -1, null, null, null);
    }

    public MediaAsset withStorage(String key, URI newUri, long size) {
        return new MediaAsset(newUri, mediaType, key, size, durationSeconds, width, height);
    }

    public MediaAsset withDuration(double seconds) {
        return new MediaAsset(uri, mediaType, storageKey, sizeBytes, seconds, width, height);
    }

    public MediaAsset withSize(int w, int h) {
        return new MediaAsset(uri, mediaType, storageKey, sizeBytes, durationSeconds, w, h);
    }
}
