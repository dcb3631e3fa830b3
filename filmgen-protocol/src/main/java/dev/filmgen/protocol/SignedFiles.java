package dev.filmgen.protocol;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.protocol.internal.Queries;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision behind {@code GET /files/<key>?expires=<epoch s>&sig=<signature>}, for any HTTP stack: the link
 * must carry a numeric expiry that has not passed and the storage's signature (else 403), and name a stored
 * object (else 404). The HTTP layer writes the {@link Outcome}.
 */
public final class SignedFiles {
    /** The path prefix the files route serves. */
    public static final String PREFIX = "/files/";

    private final Storage storage;
    private final LinkVerifier verifier;
    private final Clock clock;

    /**
     * @param storage where the artifacts are
     * @param verifier checks a link's signature (for {@code LocalStorage}: {@code signer::verify})
     * @param clock decides expiry
     */
    public SignedFiles(Storage storage, LinkVerifier verifier, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What to answer to a request for {@code request} (its path and raw query are read). */
    public Outcome lookup(URI request) {
        Map<String, String> q;
        try {
            q = Queries.parse(request.getRawQuery());
        } catch (IllegalArgumentException e) {
            return new Refused(403, "forbidden", e.getMessage() != null && e.getMessage().contains("twice")
                    ? "the link's query is refused: " + e.getMessage() : "the link's query is not valid URL encoding");
        }
        long expires;
        try {
            expires = Long.parseLong(q.getOrDefault("expires", ""));
        } catch (NumberFormatException e) {
            return new Refused(403, "forbidden", "the link needs a numeric 'expires' and a 'sig'");
        }
        if (q.getOrDefault("sig", "").isEmpty()) {
            return new Refused(403, "forbidden", "the link needs a numeric 'expires' and a 'sig'");
        }
        if (expires < clock.instant().getEpochSecond()) {
            return new Refused(403, "link_expired", "the link expired; ask the service for a fresh one");
        }
        Optional<String> key = verifier.keyOf(request);
        if (key.isEmpty()) {
            return new Refused(403, "forbidden", "the link's signature does not match");
        }
        Optional<StoredObject> st;
        try {
            st = storage.stat(key.get());
        } catch (FilmgenException e) {
            return new Refused(404, "not_found", e.getMessage());
        }
        if (st.isEmpty()) {
            return new Refused(404, "not_found", "no artifact under '" + key.get() + "'");
        }
        return new Found(key.get(), st.get(), storage);
    }

    /** The answer to one files request: {@link Found} or {@link Refused}. */
    public sealed interface Outcome permits Found, Refused {
    }

    /**
     * The link is good: serve {@code object} (content type, size) from {@link #open()} with
     * {@code Cache-Control: private, max-age=300}.
     *
     * @param key the object's storage key
     * @param object its metadata
     * @param storage where it is read from
     */
    public record Found(String key, StoredObject object, Storage storage) implements Outcome {
        /** The object's bytes; the caller closes the stream. */
        public InputStream open() {
            return storage.open(key);
        }
    }

    /**
     * The request is refused: answer {@code status} with the JSON error {@code {"error":{code, message}}}
     * ({@link WireObjects#errorBody(String, String)}).
     *
     * @param status 403 for a missing, wrong or expired signature, 404 for an unknown object
     * @param code the error code
     * @param message what was wrong
     */
    public record Refused(int status, String code, String message) implements Outcome {
    }
}
