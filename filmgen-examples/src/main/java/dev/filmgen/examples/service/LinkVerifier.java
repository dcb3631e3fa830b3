package dev.filmgen.examples.service;

/** Checks the signature of a {@code /files/<key>?expires=&sig=} link made by the storage that serves it. */
@FunctionalInterface
public interface LinkVerifier {
    /**
     * Whether {@code signature} is valid for {@code key} and {@code expiresEpochSeconds}; expiry itself is
     * checked by the caller as well.
     */
    boolean verify(String key, long expiresEpochSeconds, String signature);
}
