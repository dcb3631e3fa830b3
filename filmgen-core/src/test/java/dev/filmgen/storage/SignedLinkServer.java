package dev.filmgen.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A loopback HTTP server that serves a {@link LocalStorage} the way the example service should: verify the
 * signed link first (403 otherwise), then stream the file with its recorded content type.
 */
final class SignedLinkServer implements AutoCloseable {

    private final HttpServer server;
    private volatile LocalStorage storage;

    SignedLinkServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/files/", this::serve);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/files");
    }

    void serve(LocalStorage storage) {
        this.storage = storage;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<String> key = storage.signer().orElseThrow().verify(exchange.getRequestURI());
            Optional<Path> file = key.flatMap(storage::localFile);
            if (key.isEmpty() || file.isEmpty()) {
                exchange.sendResponseHeaders(key.isEmpty() ? 403 : 404, -1);
                return;
            }
            String type = storage.stat(key.get()).map(StoredObject::contentType).orElse("application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, Files.size(file.get()));
            try (InputStream in = Files.newInputStream(file.get()); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
