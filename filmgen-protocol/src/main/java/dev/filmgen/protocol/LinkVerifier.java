package dev.filmgen.protocol;

import java.net.URI;
import java.util.Optional;

/**
 * Checks a {@code /files/<key>?expires=&sig=} request against the signer of the storage that serves it
 * (for {@code LocalStorage}: {@code storage.signer().get()::verify}).
 */
@FunctionalInterface
public interface LinkVerifier {
    /** The object key when the request's path and signature are authentic and unexpired; empty otherwise. */
    Optional<String> keyOf(URI request);
}
