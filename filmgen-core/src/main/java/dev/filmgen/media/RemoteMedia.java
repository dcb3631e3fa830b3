package dev.filmgen.media;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * An open, accepted answer of {@link RemoteMediaPolicy#open}: its body is capped at the policy's byte limit
 * (reading past it throws {@link RemoteMediaRefused}). Close it when done.
 *
 * @param uri the location finally read, after redirects
 * @param mediaType the type recognised from the first bytes, else the declared content type (no parameters), or
 *                  {@code application/octet-stream}
 * @param declaredLength the content length the server declared, or -1
 * @param body the body, at most the policy's byte limit
 */
public record RemoteMedia(URI uri, String mediaType, long declaredLength, InputStream body) implements Closeable {

    /** Reads the whole body (at most the policy's byte limit) into memory. */
    public byte[] readAll() throws IOException {
        return body.readAllBytes();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
