package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.storage.ObjectNotFoundException;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StorageKeys;
import dev.filmgen.storage.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract kit of {@link Storage}: what every store must do for filmgen to keep a film's pictures, clips and
 * voices. An implementation's test extends this class, returns a fresh, empty store from {@link #createStorage()}
 * and says how to fetch what a link points at ({@link #fetch(URI)}), then adds its own specific tests.
 *
 * <pre>{@code
 * class S3StorageKitTest extends StorageKit {
 *     protected Storage createStorage() { return S3Storage.builder().endpoint(fake.url()).build(); }
 *     protected byte[] fetch(URI link) throws Exception { return http.get(link); }
 * }
 * }</pre>
 */
public abstract class StorageKit {

    /** Heap growth above which a 50 MB put is taken to have buffered the whole stream. */
    protected static final long MEMORY_BOUND_BYTES = 32L << 20;
    private static final long BIG = 50L << 20;

    /** The store under test, new for each test and closed after it. */
    protected Storage storage;

    /** A new, empty store. */
    protected abstract Storage createStorage() throws Exception;

    /** The bytes a link from this store leads to (read the file, or GET the URL). */
    protected abstract byte[] fetch(URI link) throws Exception;

    /**
     * Whether the store keeps its objects on the heap (a test double): it then cannot show that a put streams,
     * and the 50 MB bounded-memory test is skipped. Real stores keep the default, {@code false}.
     */
    protected boolean keepsObjectsOnTheHeap() {
        return false;
    }

    @BeforeEach
    void openStorage() throws Exception {
        storage = createStorage();
    }

    @AfterEach
    void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] read(String key) throws IOException {
        try (InputStream in = storage.open(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void bytesPutAreTheBytesOpened() throws Exception {
        byte[] data = text("a picture, pretend");
        StoredObject stored = storage.put("s1/role_image/hero.png", data, "image/png");

        assertEquals("s1/role_image/hero.png", stored.key());
        assertEquals(data.length, stored.sizeBytes());
        assertEquals("image/png", stored.contentType());
        assertArrayEquals(data, read("s1/role_image/hero.png"));
    }

    @Test
    void statReportsSizeAndContentType() {
        storage.put("s1/audio/line-1.wav", text("RIFF....WAVE"), "audio/wav");

        StoredObject stat = storage.stat("s1/audio/line-1.wav").orElseThrow();
        assertEquals(12, stat.sizeBytes());
        assertEquals("audio/wav", stat.contentType());
        assertEquals("s1/audio/line-1.wav", stat.key());
    }

    @Test
    void missingContentTypeIsRecordedAsOctetStream() {
        storage.put("s1/misc/blob", text("x"), null);

        assertEquals("application/octet-stream", storage.stat("s1/misc/blob").orElseThrow().contentType());
    }

    @Test
    void aFiftyMegabyteStreamRoundTripsWithoutBeingHeldInMemory() throws Exception {
        assumeFalse(keepsObjectsOnTheHeap(), "this store keeps objects on the heap");
        long baseline = GeneratedStream.usedHeapAfterGc();
        long[] growth = {0};
        GeneratedStream source = GeneratedStream.of(BIG, 42).probeEvery(16L << 20,
                pos -> growth[0] = Math.max(growth[0], GeneratedStream.usedHeapAfterGc() - baseline));

        StoredObject stored = storage.put("s1/film/film.mp4", source, BIG, "video/mp4");

        assertEquals(BIG, source.position(), "the whole stream was consumed");
        assertTrue(growth[0] < MEMORY_BOUND_BYTES, "heap grew by " + (growth[0] >> 20)
                + " MB while storing 50 MB: the stream looks buffered in memory");
        assertEquals(BIG, stored.sizeBytes());
        assertEquals(BIG, storage.stat("s1/film/film.mp4").orElseThrow().sizeBytes());
        try (InputStream back = storage.open("s1/film/film.mp4")) {
            GeneratedStream.assertSameContent(GeneratedStream.of(BIG, 42), back);
        }
    }

    @Test
    void aStreamOfUnknownLengthIsStoredWhole() throws Exception {
        long size = (3L << 20) + 17;

        StoredObject stored = storage.put("s1/video/clip-2.mp4", GeneratedStream.of(size, 5), -1, "video/mp4");

        assertEquals(size, stored.sizeBytes());
        try (InputStream back = storage.open("s1/video/clip-2.mp4")) {
            GeneratedStream.assertSameContent(GeneratedStream.of(size, 5), back);
        }
    }

    @Test
    void aStreamClosedEarlyLeavesTheStoreUsable() throws Exception {
        long size = 3L << 20;
        storage.put("s1/video/clip-3.mp4", GeneratedStream.of(size, 11), size, "video/mp4");

        for (int i = 0; i < 3; i++) {
            try (InputStream partly = storage.open("s1/video/clip-3.mp4")) {
                assertEquals(100, partly.readNBytes(100).length);
            }
        }

        try (InputStream whole = storage.open("s1/video/clip-3.mp4")) {
            GeneratedStream.assertSameContent(GeneratedStream.of(size, 11), whole);
        }
    }

    @Test
    void anEmptyObjectIsAnObject() throws Exception {
        storage.put("s1/line/empty.txt", new ByteArrayInputStream(new byte[0]), -1, "text/plain");

        assertEquals(0, storage.stat("s1/line/empty.txt").orElseThrow().sizeBytes());
        assertArrayEquals(new byte[0], read("s1/line/empty.txt"));
    }

    @Test
    void putOverAnObjectReplacesItsBytesAndType() throws Exception {
        storage.put("s1/first_frame_image/board-1", text("old and longer"), "image/png");

        storage.put("s1/first_frame_image/board-1", text("new"), "image/jpeg");

        assertArrayEquals(text("new"), read("s1/first_frame_image/board-1"));
        StoredObject stat = storage.stat("s1/first_frame_image/board-1").orElseThrow();
        assertEquals(3, stat.sizeBytes());
        assertEquals("image/jpeg", stat.contentType());
    }

    @Test
    void puttingTheSameContentTwiceKeepsOneEqualObject() throws Exception {
        StoredObject first = storage.put("s1/audio/a.wav", text("same"), "audio/wav");
        StoredObject second = storage.put("s1/audio/a.wav", text("same"), "audio/wav");

        assertEquals(first.sizeBytes(), second.sizeBytes());
        assertEquals(first.etag(), second.etag());
        assertArrayEquals(text("same"), read("s1/audio/a.wav"));
    }

    @Test
    void aStreamShorterThanDeclaredIsBadInputAndKeepsTheOldObject() throws Exception {
        storage.put("s1/audio/a.wav", text("old"), "audio/wav");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> storage.put("s1/audio/a.wav", new ByteArrayInputStream(text("new")), 10, "audio/wav"));

        assertTrue(e.getMessage().contains("10") && e.getMessage().contains("3"),
                "the error names the declared and the actual length: " + e.getMessage());
        assertArrayEquals(text("old"), read("s1/audio/a.wav"));
        assertEquals(3, storage.stat("s1/audio/a.wav").orElseThrow().sizeBytes());
    }

    @Test
    void aStreamLongerThanDeclaredIsBadInputAndLeavesNoTruncatedObject() throws Exception {
        storage.put("s1/audio/b.wav", text("old"), "audio/wav");

        assertThrows(InvalidInputException.class,
                () -> storage.put("s1/audio/b.wav", new ByteArrayInputStream(new byte[30]), 20, "audio/wav"));
        assertThrows(InvalidInputException.class,
                () -> storage.put("s1/audio/c.wav", new ByteArrayInputStream(new byte[30]), 20, "audio/wav"));

        assertArrayEquals(text("old"), read("s1/audio/b.wav"));
        assertEquals(Optional.empty(), storage.stat("s1/audio/c.wav"));
    }

    @Test
    void aSourceThatFailsMidwayFailsThePutAndKeepsTheOldObject() throws Exception {
        storage.put("s1/video/clip.mp4", text("old clip"), "video/mp4");
        InputStream broken = GeneratedStream.failingAfter(100_000, "connection reset by the model provider");

        FilmgenException e = assertThrows(FilmgenException.class,
                () -> storage.put("s1/video/clip.mp4", broken, -1, "video/mp4"));

        assertTrue(allMessages(e).contains("connection reset"), "the cause is kept: " + allMessages(e));
        assertArrayEquals(text("old clip"), read("s1/video/clip.mp4"));
    }

    @Test
    void keysMayHoldUnicodeAndSpaces() throws Exception {
        String key = "会话 1/film/广告 final.mp4";
        storage.put(key, text("影片"), "video/mp4");

        assertArrayEquals(text("影片"), read(key));
        assertArrayEquals(text("影片"), fetch(storage.link(key, Duration.ofMinutes(5))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../escape", "s1/../../etc/passwd", "/abs/path", "s1//x", "s1/./x", "s1/x/",
        "s1\\x", "c:/x", "s1/x\u0000y", "s1/new\nline", "s1/tab\there", "s1/del\u007f"})
    void badKeysAreRejectedByNameEverywhere(String key) {
        String shown = StorageKeys.quote(key);
        InvalidInputException put = assertThrows(InvalidInputException.class,
                () -> storage.put(key, text("x"), "text/plain"));
        assertTrue(put.getMessage().contains(shown), put.getMessage());
        assertThrows(InvalidInputException.class, () -> storage.open(key));
        assertThrows(InvalidInputException.class, () -> storage.stat(key));
        assertThrows(InvalidInputException.class, () -> storage.link(key, Duration.ofMinutes(1)));
        assertThrows(InvalidInputException.class, () -> storage.delete(key));
    }

    @Test
    void anOverlongKeyIsRejected() {
        String key = "s1/" + "x".repeat(200) + "/" + "y".repeat(200) + "/" + "z".repeat(200) + "/name";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> storage.put(key, text("x"), "text/plain"));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    @Test
    void aLinkLeadsToTheSameBytes() throws Exception {
        byte[] data = GeneratedStream.of(200_000, 9).readAllBytes();
        storage.put("s1/film/final.mp4", data, "video/mp4");

        URI link = storage.link("s1/film/final.mp4", Duration.ofMinutes(10));

        assertArrayEquals(data, fetch(link));
    }

    @Test
    void aLinkNeedsAPositiveLifetime() {
        storage.put("s1/film/final.mp4", text("x"), "video/mp4");

        assertThrows(InvalidInputException.class, () -> storage.link("s1/film/final.mp4", Duration.ZERO));
        assertThrows(InvalidInputException.class, () -> storage.link("s1/film/final.mp4", Duration.ofSeconds(-5)));
    }

    @Test
    void aMissingObjectIsAClearErrorOrEmpty() {
        ObjectNotFoundException open = assertThrows(ObjectNotFoundException.class, () -> storage.open("s1/nope.png"));
        assertTrue(open.getMessage().contains("\"s1/nope.png\""), open.getMessage());
        assertEquals("s1/nope.png", open.key());
        assertFalse(open.isRetriable());
        assertEquals(Optional.empty(), storage.stat("s1/nope.png"));
        assertThrows(ObjectNotFoundException.class, () -> storage.link("s1/nope.png", Duration.ofMinutes(1)));
        assertFalse(storage.delete("s1/nope.png"));
    }

    @Test
    void deleteRemovesTheObject() {
        storage.put("s1/video/clip-1.mp4", text("clip"), "video/mp4");

        assertTrue(storage.delete("s1/video/clip-1.mp4"));

        assertEquals(Optional.empty(), storage.stat("s1/video/clip-1.mp4"));
        assertThrows(NonRetriableException.class, () -> storage.open("s1/video/clip-1.mp4"));
    }

    @Test
    void aKeyAndAnotherUnderItsNameAsFolderAreDistinct() throws Exception {
        storage.put("s1/storyboard/board-1.png", text("one"), "image/png");
        storage.put("s1/storyboard/board-10.png", text("ten"), "image/png");

        assertArrayEquals(text("one"), read("s1/storyboard/board-1.png"));
        assertArrayEquals(text("ten"), read("s1/storyboard/board-10.png"));
    }

    @Test
    void aLocalFileWhenOfferedHoldsTheObjectsBytes() throws Exception {
        storage.put("s1/film/film.mp4", text("film bytes"), "video/mp4");

        Optional<java.nio.file.Path> file = storage.localFile("s1/film/film.mp4");

        if (file.isPresent()) {
            assertArrayEquals(text("film bytes"), java.nio.file.Files.readAllBytes(file.get()));
        }
        assertEquals(Optional.empty(), storage.localFile("s1/film/never-stored.mp4"));
    }

    @Test
    void concurrentPutsNeitherLoseNorMixObjects() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                writes.add(pool.submit(() -> storage.put("s1/video/clip-" + n + ".mp4",
                        GeneratedStream.of(300_000, n), 300_000, "video/mp4")));
                writes.add(pool.submit(() -> storage.put("s1/film/film.mp4",
                        GeneratedStream.of(300_000, 100 + n), -1, "video/mp4")));
            }
            for (Future<?> w : writes) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (int i = 0; i < 8; i++) {
            try (InputStream back = storage.open("s1/video/clip-" + i + ".mp4")) {
                GeneratedStream.assertSameContent(GeneratedStream.of(300_000, i), back);
            }
        }
        byte[] film = read("s1/film/film.mp4");
        boolean oneWholeWrite = false;
        for (int n = 0; n < 8 && !oneWholeWrite; n++) {
            oneWholeWrite = Arrays.equals(GeneratedStream.of(300_000, 100 + n).readAllBytes(), film);
        }
        assertTrue(oneWholeWrite, "the object written by eight puts at once is one of them, whole");
    }

    private static String allMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
