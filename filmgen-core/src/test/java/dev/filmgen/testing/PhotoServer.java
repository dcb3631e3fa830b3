package dev.filmgen.testing;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A local HTTP server on 127.0.0.1 for product-photo tests: a real PNG, a text page, a fake PNG, a big body,
 * a 404, a 503, redirects; it counts every request per path.
 */
public final class PhotoServer implements AutoCloseable {
    /** A real 4x4 PNG. */
    public static final byte[] PNG = png();
    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public PhotoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            if (path.startsWith("/redirect/")) {
                ex.getResponseHeaders().add("Location", "http://" + ex.getRequestURI().getPath()
                        .substring("/redirect/".length()));
                ex.sendResponseHeaders(302, -1);
                ex.close();
                return;
            }
            switch (path) {
                case "/photo.png": send(ex, 200, "image/png", PNG, false); break;
                case "/page.html": send(ex, 200, "text/html", "<html>hi</html>".getBytes(StandardCharsets.UTF_8), false); break;
                case "/fake.png": send(ex, 200, "image/png", "not a picture at all".getBytes(StandardCharsets.UTF_8), false); break;
                case "/big.png": send(ex, 200, "image/png", big(), false); break;
                case "/big-chunked.png": send(ex, 200, "image/png", big(), true); break;
                case "/loop": ex.getResponseHeaders().add("Location", "/loop"); ex.sendResponseHeaders(302, -1); ex.close(); break;
                case "/busy.png": ex.sendResponseHeaders(503, -1); ex.close(); break;
                default: ex.sendResponseHeaders(404, -1); ex.close();
            }
        });
        server.start();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Requests received for {@code path}. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** Requests received in all. */
    public int hits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body,
                             boolean chunked) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        } catch (IOException ignored) {
            // the client stopped reading (a size refusal)
        }
    }

    private static byte[] big() {
        byte[] b = new byte[64 * 1024];
        System.arraycopy(PNG, 0, b, 0, 8);
        return b;
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
