package dev.filmgen.storage;

/**
 * What a {@link Storage} holds under a key.
 *
 * @param key the object key ({@code <session>/<stage>/<name>})
 * @param sizeBytes size in bytes
 * @param contentType MIME type
 * @param etag a content fingerprint (hash or provider ETag), or null
 */
public record StoredObject(String key, long sizeBytes, String contentType, String etag) {
}
