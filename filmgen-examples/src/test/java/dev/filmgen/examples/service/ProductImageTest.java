package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.events;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.filmgen.protocol.ImagePolicy;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Product photo URLs: refused addresses are never contacted; allowed ones must be real, small images. */
class ProductImageTest {
    static final byte[] PNG = png();
    private HttpServer origin;
    private final AtomicInteger hits = new AtomicInteger();
    private ServiceHarness h;
    @TempDir
    Path uploads;

    /** A real 64×64 PNG: the turn reads its header (pixel budget) before it plans the photo in. */
    static byte[] png() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 64,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.util.Random r = new java.util.Random(7);
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    img.setRGB(x, y, r.nextInt(0xFFFFFF));
                }
            }
            javax.imageio.ImageIO.write(img, "png", new javax.imageio.stream.MemoryCacheImageOutputStream(out));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @BeforeEach
    void startOrigin() throws Exception {
        origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/", ex -> {
            hits.incrementAndGet();
            String path = ex.getRequestURI().getPath();
            byte[] body;
            String type;
            long declared = -2;
            switch (path) {
                case "/p.png": body = PNG; type = "image/png"; break;
                case "/page.html": body = "<html>hi</html>".getBytes(); type = "text/html"; break;
                case "/fake.png": body = "<html>not a png</html>".getBytes(); type = "image/png"; break;
                case "/big.png": body = new byte[3 * 1024 * 1024]; System.arraycopy(PNG, 0, body, 0, 8); type = "image/png";
                    declared = 0; break;
                case "/moved": ex.getResponseHeaders().set("Location", "/p.png"); ex.sendResponseHeaders(302, -1);
                    ex.close(); return;
                default: ex.sendResponseHeaders(404, -1); ex.close(); return;
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, declared == -2 ? body.length : declared);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            } catch (java.io.IOException ignored) {
                // the service stopped reading: expected for oversized bodies
            }
            ex.close();
        });
        origin.start();
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
        origin.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + origin.getAddress().getPort();
    }

    private static String topic(String imageUrl) {
        return "{\"session_id\":\"shop\",\"input\":[{\"type\":\"Topic\",\"role\":\"user\",\"content\":["
                + "{\"type\":\"text\",\"text\":\"百炼椰汁\"},{\"type\":\"image\",\"image_url\":\"" + imageUrl + "\"}]}]}";
    }

    private JsonNode last(String imageUrl) throws Exception {
        List<JsonNode> ev = events(h.post(topic(imageUrl), null).body());
        return ev.get(ev.size() - 1);
    }

    @Test
    void refusedAddressesAndSchemesAreNeverContacted() throws Exception {
        int port = origin.getAddress().getPort();
        ImagePolicy.Resolver resolver = host -> {
            switch (host) {
                case "evil.test": return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
                case "mixed.test": return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, 1, 1}),
                        InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7})};
                case "meta.test": return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {(byte) 169, (byte) 254,
                        (byte) 169, (byte) 254})};
                default: return InetAddress.getAllByName(host);
            }
        };
        h = new ServiceHarness(b -> b.imagePolicy(ImagePolicy.defaults().withResolver(resolver)).uploads(uploads));
        List<String> refused = List.of("http://127.0.0.1:" + port + "/p.png", "http://localhost:" + port + "/p.png",
                "http://evil.test:" + port + "/p.png", "http://mixed.test:" + port + "/p.png",
                "http://[::1]:" + port + "/p.png", "http://[::ffff:127.0.0.1]:" + port + "/p.png",
                "http://0.0.0.0:" + port + "/p.png", "http://169.254.169.254/latest/meta-data", "http://meta.test/x.png",
                "http://10.1.2.3/x.png", "http://172.16.5.4/x.png", "http://192.168.0.10/x.png", "http://100.64.0.1/x.png",
                "http://[fd00::1]/x.png", "http://[fe80::1]/x.png", "http://224.0.0.1/x.png");
        for (String url : refused) {
            JsonNode r = last(url);
            assertEquals("failed", r.get("status").asText(), url);
            assertEquals("image_refused", r.get("error").get("code").asText(), url);
            assertTrue(r.get("error").get("message").asText().contains("address"), r.toString());
        }
        for (String url : List.of("ftp://example.com/p.png", "file:///etc/passwd", "gopher://x/y", "data:image/png;base64,AA")) {
            JsonNode r = last(url);
            assertEquals("image_refused", r.get("error").get("code").asText(), url);
            assertTrue(r.get("error").get("message").asText().contains("http or https"), r.toString());
        }
        assertEquals(0, hits.get(), "a refused address was contacted");
        assertTrue(h.calls.isEmpty(), "a turn ran with a refused image");
        try (var files = Files.list(uploads)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anAllowedImageIsCheckedSavedAndHandedToTheTurn() throws Exception {
        h = new ServiceHarness(b -> b.imagePolicy(ImagePolicy.defaults().withAllowPrivateAddresses(true)
                .withMaxBytes(1024 * 1024)).uploads(uploads));
        List<byte[]> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        h.script((sid, msg, l) -> {
            try { // the turn reads (and, in a real agent, stores) the photo while it runs
                seen.add(Files.readAllBytes(Path.of(URI.create(msg.imageUrl()))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals("completed", last(base() + "/p.png").get("status").asText());
        assertEquals("completed", last(base() + "/moved").get("status").asText());
        assertEquals(2, h.calls.size());
        for (ServiceHarness.Call c : h.calls) {
            URI saved = URI.create(c.message().imageUrl());
            assertEquals("file", saved.getScheme());
            assertTrue(saved.getPath().endsWith(".png"), saved.toString());
            assertTrue(Path.of(saved).startsWith(uploads), "the photo waits in the work root: " + saved);
            assertFalse(Files.exists(Path.of(saved).getParent()), "its folder went with the turn: " + saved);
            assertEquals("百炼椰汁", c.message().text());
            assertEquals("Topic", c.message().type());
        }
        assertEquals(2, seen.size());
        for (byte[] b : seen) {
            assertArrayEquals(PNG, b);
        }
        assertEquals("not_an_image", last(base() + "/page.html").get("error").get("code").asText());
        assertEquals("not_an_image", last(base() + "/fake.png").get("error").get("code").asText());
        assertEquals("image_too_large", last(base() + "/big.png").get("error").get("code").asText());
        assertEquals("image_unreachable", last(base() + "/missing.png").get("error").get("code").asText());
        assertEquals(2, h.calls.size(), "a turn ran with a bad image");
    }

    @Test
    void aDeclaredOversizeIsRefusedBeforeReading() throws Exception {
        h = new ServiceHarness(b -> b.imagePolicy(ImagePolicy.defaults().withAllowPrivateAddresses(true)
                .withMaxBytes(100)).uploads(uploads));
        JsonNode r = last(base() + "/p.png");
        assertEquals("image_too_large", r.get("error").get("code").asText());
        assertTrue(r.get("error").get("message").asText().contains(PNG.length + " bytes"), r.toString());
    }
}
