package dev.filmgen.storage;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.testing.kit.GeneratedStream;
import dev.filmgen.testing.kit.StorageKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local store with {@code file:} links runs the contract, plus what only a disk store can show. */
class LocalStorageTest extends StorageKit {

    @TempDir
    Path root;

    @Override
    protected Storage createStorage() {
        return LocalStorage.builder().root(root).build();
    }

    @Override
    protected byte[] fetch(URI link) throws IOException {
        assertEquals("file", link.getScheme());
        return Files.readAllBytes(Path.of(link));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void objectsLiveAtRootSlashKey() throws IOException {
        storage.put("s1/film/film.mp4", text("film"), "video/mp4");

        Path file = root.resolve("s1/film/film.mp4");
        assertEquals(file, storage.localFile("s1/film/film.mp4").orElseThrow());
        assertArrayEquals(text("film"), Files.readAllBytes(file));
        assertEquals(file.toUri(), storage.link("s1/film/film.mp4", Duration.ofHours(1)));
        assertTrue(storage.localFile("s1/film/other.mp4").isEmpty());
    }

    @Test
    void failedPutsLeaveNoTemporaryFilesAndASourceFailureIsRetriable() throws IOException {
        storage.put("s1/video/clip.mp4", text("old clip"), "video/mp4");

        assertThrows(InvalidInputException.class,
                () -> storage.put("s1/video/clip.mp4", new ByteArrayInputStream(text("new")), 10, "video/mp4"));
        RetriableException e = assertThrows(RetriableException.class, () -> storage.put("s1/video/clip.mp4",
                GeneratedStream.failingAfter(100_000, "connection reset by the model provider"), -1, "video/mp4"));

        assertTrue(e.getMessage().contains("connection reset"), e.getMessage());
        assertArrayEquals(text("old clip"), Files.readAllBytes(root.resolve("s1/video/clip.mp4")));
        assertNoTemporaryFilesLeft();
    }

    @Test
    void puttingTheSameContentAgainLeavesTheFileUntouched() throws IOException {
        storage.put("s1/film/film.mp4", text("film"), "video/mp4");
        Path file = root.resolve("s1/film/film.mp4");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        Object identity = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

        storage.put("s1/film/film.mp4", text("film"), "video/mp4");

        assertEquals(old, Files.getLastModifiedTime(file));
        assertEquals(identity, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
    }

    @Test
    void contentTypeOutlivesTheStoreInstance() {
        storage.put("s1/role_image/r.jpg", text("jpeg"), "image/jpeg");

        Storage again = LocalStorage.builder().root(root).build();

        assertEquals("image/jpeg", again.stat("s1/role_image/r.jpg").orElseThrow().contentType());
    }

    @Test
    void aFilePlacedByHandIsReadableWithADefaultType() throws IOException {
        Files.createDirectories(root.resolve("s1/line"));
        Files.write(root.resolve("s1/line/hand.txt"), text("by hand"));

        StoredObject stat = storage.stat("s1/line/hand.txt").orElseThrow();

        assertEquals(7, stat.sizeBytes());
        assertEquals("application/octet-stream", stat.contentType());
    }

    @Test
    void theStoresOwnFoldersAreNotKeys() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> storage.put(".filmgen-meta/x", text("x"), "text/plain"));
        assertTrue(e.getMessage().contains("reserved"), e.getMessage());
    }

    @Test
    void aBadContentTypeIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> storage.put("s1/x", text("x"), "png"));
        assertTrue(e.getMessage().contains("\"png\""), e.getMessage());
    }

    @Test
    void theBuilderNamesWhatIsMissing() {
        assertEquals("root is required",
                assertThrows(InvalidInputException.class, () -> LocalStorage.builder().build()).getMessage());
        assertEquals("secret is required when publicBaseUrl is set",
                assertThrows(InvalidInputException.class, () -> LocalStorage.builder().root(root)
                        .publicBaseUrl("http://localhost:8080/files").build()).getMessage());
        assertEquals("publicBaseUrl is required when secret is set",
                assertThrows(InvalidInputException.class, () -> LocalStorage.builder().root(root)
                        .secret("0123456789abcdef").build()).getMessage());
    }

    @Test
    void buildingDoesNotTouchTheDisk() {
        Path notYet = root.resolve("not-yet");

        LocalStorage.builder().root(notYet).build();

        assertTrue(Files.notExists(notYet));
    }

    private void assertNoTemporaryFilesLeft() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(".filmgen-tmp"))) {
            assertEquals(0, files.count());
        }
    }
}
