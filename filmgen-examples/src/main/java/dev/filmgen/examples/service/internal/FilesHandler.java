package dev.filmgen.examples.service.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.examples.service.LinkVerifier;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Serves local-storage artifacts at {@code GET /files/<key>?expires=<epoch s>&sig=<signature>}: the link
 * must be unexpired and carry the storage's signature, else 403; unknown keys are 404.
 */
public final class FilesHandler implements HttpHandler {
    /** The path prefix this handler serves. */
    public static final String PREFIX = "/files/";
    private final Storage storage;
    private final LinkVerifier verifier;
    private final Clock clock;

    public FilesHandler(Storage storage, LinkVerifier verifier, Clock clock) {
        this.storage = storage;
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                Http.error(ex, 405, "method_not_allowed", "use GET or HEAD");
                return;
            }
            Map<String, String> q = Http.query(ex);
            long expires;
            try {
                expires = Long.parseLong(q.getOrDefault("expires", ""));
            } catch (NumberFormatException e) {
                Http.error(ex, 403, "forbidden", "the link needs a numeric 'expires' and a 'sig'");
                return;
            }
            if (q.getOrDefault("sig", "").isEmpty()) {
                Http.error(ex, 403, "forbidden", "the link needs a numeric 'expires' and a 'sig'");
                return;
            }
            if (expires < clock.instant().getEpochSecond()) {
                Http.error(ex, 403, "link_expired", "the link expired; ask the service for a fresh one");
                return;
            }
            Optional<String> key = verifier.keyOf(ex.getRequestURI());
            if (key.isEmpty()) {
                Http.error(ex, 403, "forbidden", "the link's signature does not match");
                return;
            }
            serve(ex, key.get(), method.equals("HEAD"));
        }
    }

    private void serve(HttpExchange ex, String key, boolean headOnly) throws IOException {
        Optional<StoredObject> st;
        try {
            st = storage.stat(key);
        } catch (FilmgenException e) {
            Http.error(ex, 404, "not_found", e.getMessage());
            return;
        }
        if (st.isEmpty()) {
            Http.error(ex, 404, "not_found", "no artifact under '" + key + "'");
            return;
        }
        ex.getResponseHeaders().set("Content-Type", st.get().contentType());
        ex.getResponseHeaders().set("Cache-Control", "private, max-age=300");
        if (headOnly) {
            ex.getResponseHeaders().set("Content-Length", Long.toString(st.get().sizeBytes()));
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, st.get().sizeBytes() > 0 ? st.get().sizeBytes() : 0);
        try (InputStream in = storage.open(key); OutputStream out = ex.getResponseBody()) {
            in.transferTo(out);
        }
    }
}
