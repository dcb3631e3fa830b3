package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad input of the issue: one clear line on stderr naming the problem, exit 2, and no film written. */
class FilmCliBadInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badTopics() {
        return Stream.of(
                Arguments.of("", "the product theme is empty"),
                Arguments.of(" \t  ", "the product theme is empty"),
                Arguments.of("椰".repeat(3000), "3000 characters long"),
                Arguments.of("coconut\u0007water", "control character (U+0007)"),
                Arguments.of("coconut \u001B[31mwater", "control character (U+001B)"),
                Arguments.of("\uD83D\uDD25\uD83D\uDD25 \u2728", "has no words"),
                Arguments.of("椰汁\uD83E", "lone UTF-16 surrogate"));
    }

    @ParameterizedTest
    @MethodSource("badTopics")
    void badTopic(String topic, String named) {
        assertOneLineAndNoFilm(named, topic);
    }

    @Test
    void boardsZeroOrFifty() {
        assertOneLineAndNoFilm("--boards must be from 1 to 12, not 0", "--boards", "0", "tea");
        assertOneLineAndNoFilm("--boards must be from 1 to 12, not 50", "--boards", "50", "tea");
    }

    @Test
    void missingImageFile() {
        assertOneLineAndNoFilm("--image " + dir.resolve("nope.png") + " is not a readable file",
                "--image", dir.resolve("nope.png").toString(), "tea");
    }

    @Test
    void imageThatIsNoPicture() throws IOException {
        Path fake = Files.writeString(dir.resolve("bottle.png"), "this is text, not a PNG");
        assertOneLineAndNoFilm("is not a picture", "--image", fake.toString(), "tea");
    }

    @Test
    void aDecompressionBombImageIsRefusedFromItsHeaderWithoutDecodingIt() throws Exception {
        Path bomb = dev.filmgen.testing.BombPng.write(dir.resolve("bomb.png"), 25_000, 25_000);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        assertOneLineAndNoFilm("is 25000×25000 pixels (625.0 megapixels); at most 40.0 megapixels are accepted",
                "--image", bomb.toString(), "tea");
        long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        System.out.printf("pixel budget: the CLI refused a 25000x25000 PNG after allocating %d KB%n", allocated / 1024);
        assertTrue(allocated < 64L * 1024 * 1024, "the CLI allocated " + allocated + " bytes (decoding takes 1.9 GB)");
    }

    @Test
    void imageThatIsAFolder() {
        assertOneLineAndNoFilm("is not a readable file", "--image", dir.toString(), "tea");
    }

    @Test
    void unreachableImageUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/bottle.png";
        assertOneLineAndNoFilm("--image " + url + " cannot be fetched", "--image", url, "tea");
    }

    @Test
    void imageUrlThatIsNoPictureOrMissing() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page.png", ex -> {
            byte[] html = "<html>not an image</html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, html.length);
            ex.getResponseBody().write(html);
            ex.close();
        });
        server.createContext("/gone.png", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertOneLineAndNoFilm("--image " + base + "/page.png is not a picture", "--image", base + "/page.png",
                    "tea");
            assertOneLineAndNoFilm("--image " + base + "/gone.png answered HTTP 404", "--image", base + "/gone.png",
                    "tea");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void outputInAMissingFolder() {
        Path out = dir.resolve("missing").resolve("film.mp4");
        assertOneLineAndNoFilm("does not exist", out, "--out", out.toString(), "tea");
    }

    @Test
    void outputThatIsAFolder() throws IOException {
        Path out = Files.createDirectory(dir.resolve("film.mp4"));
        CliRun r = assertOneLineAndNoFilm("is a folder", (Path) null, "--out", out.toString(), "tea");
        assertTrue(Files.isDirectory(out), r.transcript());
    }

    @Test
    void outputInAReadOnlyFolder() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as root: permission checks pass");
            Path out = ro.resolve("film.mp4");
            assertOneLineAndNoFilm("permission denied", out, "--out", out.toString(), "tea");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void helpIsPrintedOnStdoutWithExitZero() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exit());
        assertEquals("", r.err());
        for (String option : List.of("--image", "--boards", "--roles", "--aspect", "--out", "--session", "--offline",
                "--config", "--seed", "--data-dir", "--verbose", "DASHSCOPE_API_KEY", "exit status")) {
            assertTrue(r.out().contains(option), "--help does not mention " + option);
        }
    }

    private CliRun assertOneLineAndNoFilm(String named, String... args) {
        return assertOneLineAndNoFilm(named, dir.resolve("film.mp4"), args);
    }

    /** Runs with a temporary data folder and {@code out} as the film (unless args name one). */
    private CliRun assertOneLineAndNoFilm(String named, Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        if (out != null && !List.of(args).contains("--out")) {
            all.addAll(List.of("--out", out.toString()));
        }
        all.addAll(List.of(args));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertEquals(2, r.exit(), r.transcript());
        assertEquals(1, r.errLines().size(), r.transcript());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("filmgen: ") && line.contains(named), r.transcript());
        assertTrue(line.length() < 300, "one short line: " + line);
        assertEquals("", r.out(), r.transcript());
        if (out != null) {
            assertFalse(Files.isRegularFile(out), "a film was written: " + out);
        }
        assertFalse(Files.exists(dir.resolve("data").resolve("sessions")), "a session was started");
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return r;
    }
}
