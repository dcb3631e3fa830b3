package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.filmgen.calls.CallKind;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.internal.runner.MediaImporter;
import dev.filmgen.internal.runner.ReuseKeys;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.media.RemoteMediaRefused;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.testing.MemoryStorage;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaImporterTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final MemoryStorage storage = new MemoryStorage();
    private final MediaImporter importer = new MediaImporter(storage);

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok.png", ex -> {
            byte[] body = "PNGDATA".getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.createContext("/gone.png", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/busy.png", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path + "?Signature=secret");
    }

    @Test
    void downloadsHttpMediaIntoStorage() throws Exception {
        MediaAsset a = importer.importAsset(MediaAsset.of(url("/ok.png"), "image/png"), "s/RoleImage/role-ann");
        assertEquals("s/RoleImage/role-ann.png", a.storageKey());
        assertEquals(7, a.sizeBytes());
        assertEquals(URI.create("memory://s/RoleImage/role-ann.png?ttl=" + java.time.Duration.ofDays(7).toSeconds()), a.uri());
        assertArrayEquals("PNGDATA".getBytes(StandardCharsets.US_ASCII), storage.open(a.storageKey()).readAllBytes());
        Path local = importer.localFile(a, dir.resolve("work"));
        assertEquals("PNGDATA", Files.readString(local));
    }

    @Test
    void classifiesDownloadFailuresWithoutLeakingTheSignature() {
        NonRetriableException gone = assertThrows(NonRetriableException.class,
                () -> importer.importAsset(MediaAsset.of(url("/gone.png"), "image/png"), "s/x/a"));
        assertTrue(gone.getMessage().contains("HTTP 404"), gone.getMessage());
        assertTrue(!gone.getMessage().contains("secret"), gone.getMessage());
        RetriableException busy = assertThrows(RetriableException.class,
                () -> importer.importAsset(MediaAsset.of(url("/busy.png"), "image/png"), "s/x/b"));
        assertTrue(busy.getMessage().contains("HTTP 503"), busy.getMessage());
    }

    @Test
    void modelResultsAreCappedInSizeAndNothingIsStored() {
        MediaImporter tight = new MediaImporter(storage,
                RemoteMediaPolicy.modelResults().toBuilder().maxBytes(4).build(), RemoteMediaPolicy.productPhotos());
        RemoteMediaRefused big = assertThrows(RemoteMediaRefused.class,
                () -> tight.importAsset(MediaAsset.of(url("/ok.png"), "image/png"), "s/x/big"));
        assertEquals(RemoteMediaRefused.Reason.TOO_LARGE, big.reason());
        assertTrue(big.getMessage().contains("limit is 4"), big.getMessage());
        assertTrue(!big.getMessage().contains("secret"), big.getMessage());
        assertEquals(0, storage.size());
    }

    @Test
    void copiesFilesAndDecodesDataUris() throws Exception {
        Path f = dir.resolve("v.wav");
        Files.writeString(f, "RIFFWAVE");
        MediaAsset fromFile = importer.importAsset(MediaAsset.of(f.toUri(), "audio/wav"), "s/Audio/voice-0");
        assertEquals("s/Audio/voice-0.wav", fromFile.storageKey());
        assertEquals(8, fromFile.sizeBytes());
        MediaAsset fromData = importer.importAsset(MediaAsset.of(URI.create("data:video/mp4;base64,AAEC"),
                "video/mp4"), "s/Video/clip-0");
        assertEquals(3, fromData.sizeBytes());
        InvalidInputException ftp = assertThrows(InvalidInputException.class,
                () -> importer.importAsset(MediaAsset.of(URI.create("ftp://h/x.png"), "image/png"), "s/x/c"));
        assertTrue(ftp.getMessage().contains("unsupported media location"), ftp.getMessage());
    }

    @Test
    void mediaTypeParametersDoNotChangeTheExtensionAndAreKept() throws Exception {
        Path f = dir.resolve("quiet.wav");
        Files.writeString(f, "RIFFWAVE");
        MediaAsset silent = importer.importAsset(MediaAsset.of(f.toUri(), "audio/wav;silent=true"), "s/Audio/voice-1");
        assertEquals("s/Audio/voice-1.wav", silent.storageKey());
        assertEquals("audio/wav;silent=true", silent.mediaType());
        MediaAsset mp3 = importer.importAsset(MediaAsset.of(f.toUri(), "Audio/MPEG; rate=24000"), "s/Audio/voice-2");
        assertEquals("s/Audio/voice-2.mp3", mp3.storageKey());
        Path local = importer.localFile(MediaAsset.of(URI.create("data:audio/wav;base64,AAEC"),
                "audio/wav;silent=true"), dir.resolve("work"));
        assertTrue(local.getFileName().toString().endsWith(".wav"), local.toString());
    }

    @Test
    void reuseKeysIgnoreRefreshedLinksButNotNewMedia() {
        MediaAsset frame = new MediaAsset(URI.create("https://b/x.png?sig=1"), "image/png", "s/F/x", 10, null, null, null);
        MediaAsset relinked = new MediaAsset(URI.create("https://b/x.png?sig=2"), "image/png", "s/F/x", 10, null, null,
                null);
        MediaAsset remade = new MediaAsset(URI.create("https://b/y.png?sig=1"), "image/png", "s/F/y", 10, null, null,
                null);
        String k1 = ReuseKeys.of(CallKind.VIDEO, new VideoRequest("m", frame, "pan", "720P", 5, null,
                Map.of("b", 1, "a", 2), "clip:0"));
        String k2 = ReuseKeys.of(CallKind.VIDEO, new VideoRequest("m", relinked, "pan", "720P", 5, null,
                Map.of("a", 2, "b", 1), "clip:0"));
        String k3 = ReuseKeys.of(CallKind.VIDEO, new VideoRequest("m", remade, "pan", "720P", 5, null,
                Map.of("a", 2, "b", 1), "clip:0"));
        assertEquals(k1, k2);
        assertNotEquals(k1, k3);
        assertNotEquals(k1, ReuseKeys.of(CallKind.IMAGE, new VideoRequest("m", frame, "pan", "720P", 5, null,
                Map.of("b", 1, "a", 2), "clip:0")));
    }
}
