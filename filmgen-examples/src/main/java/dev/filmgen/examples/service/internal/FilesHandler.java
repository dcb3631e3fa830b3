package dev.filmgen.examples.service.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.filmgen.protocol.SignedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Serves local-storage artifacts at {@code GET /files/<key>?expires=<epoch s>&sig=<signature>} on the JDK server;
 * {@link SignedFiles} decides (403 for a bad or expired link, 404 for an unknown key).
 */
public final class FilesHandler implements HttpHandler {
    private final SignedFiles files;

    public FilesHandler(SignedFiles files) {
        this.files = files;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                Http.error(ex, 405, "method_not_allowed", "use GET or HEAD");
                return;
            }
            SignedFiles.Outcome outcome = files.lookup(ex.getRequestURI());
            if (outcome instanceof SignedFiles.Refused r) {
                Http.error(ex, r.status(), r.code(), r.message());
                return;
            }
            SignedFiles.Found found = (SignedFiles.Found) outcome;
            long size = found.object().sizeBytes();
            ex.getResponseHeaders().set("Content-Type", found.object().contentType());
            ex.getResponseHeaders().set("Cache-Control", "private, max-age=300");
            if (method.equals("HEAD")) {
                ex.getResponseHeaders().set("Content-Length", Long.toString(size));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, size > 0 ? size : 0);
            try (InputStream in = found.open(); OutputStream out = ex.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }
}
