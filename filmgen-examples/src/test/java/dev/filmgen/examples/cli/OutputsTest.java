package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.storage.StoredObject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {
    @TempDir
    Path dir;

    @Test
    void copyWritesTheWholeFilm() throws IOException {
        Storage storage = LocalStorage.builder().root(dir.resolve("store")).build();
        byte[] bytes = new byte[300_000];
        new java.util.Random(1).nextBytes(bytes);
        storage.put("s/film.mp4", bytes, "video/mp4");
        Path out = dir.resolve("film.mp4");
        Outputs.copy(storage, asset(), out);
        assertArrayEquals(bytes, Files.readAllBytes(out));
        assertEquals(0, partFiles());
    }

    @Test
    void aCopyThatBreaksOffLeavesNoHalfFilmAndKeepsTheOldOne() throws IOException {
        Storage good = LocalStorage.builder().root(dir.resolve("store")).build();
        good.put("s/film.mp4", new byte[300_000], "video/mp4");
        Path out = Files.writeString(dir.resolve("film.mp4"), "the earlier film");
        Storage breaking = new BreakingStorage(good, 100_000);
        assertThrows(IOException.class, () -> Outputs.copy(breaking, asset(), out));
        assertEquals("the earlier film", Files.readString(out));
        assertEquals(0, partFiles());

        Path fresh = dir.resolve("fresh.mp4");
        assertThrows(IOException.class, () -> Outputs.copy(breaking, asset(), fresh));
        assertFalse(Files.exists(fresh));
        assertEquals(0, partFiles());
    }

    @Test
    void sheetGoesBesideTheFilm() {
        assertEquals(dir.resolve("ad-storyboard.png"), Outputs.sheetPath(dir.resolve("ad.mp4")));
        assertEquals(dir.resolve("film-storyboard.png"), Outputs.sheetPath(dir.resolve("film")));
    }

    private static MediaAsset asset() {
        return new MediaAsset(URI.create("file:///store/s/film.mp4"), "video/mp4", "s/film.mp4", 300_000, 1.0, 16, 16);
    }

    private long partFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    /** A storage whose downloads fail after {@code limit} bytes, like a dropped connection. */
    private record BreakingStorage(Storage inner, int limit) implements Storage {
        @Override
        public StoredObject put(String key, InputStream data, long length, String contentType) {
            return inner.put(key, data, length, contentType);
        }

        @Override
        public InputStream open(String key) {
            return new FilterInputStream(inner.open(key)) {
                private int read;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (read >= limit) {
                        throw new IOException("connection reset");
                    }
                    int n = super.read(b, off, Math.min(len, limit - read));
                    read += Math.max(n, 0);
                    return n;
                }
            };
        }

        @Override
        public Optional<StoredObject> stat(String key) {
            return inner.stat(key);
        }

        @Override
        public URI link(String key, Duration ttl) {
            return inner.link(key, ttl);
        }

        @Override
        public boolean delete(String key) {
            return inner.delete(key);
        }
    }
}
