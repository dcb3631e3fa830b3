package dev.filmgen.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.SessionStoreKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store runs the session-store kit, plus what only a folder of JSON files shows. */
class FileSessionStoreTest extends SessionStoreKit {
    @TempDir
    Path dir;
    private int n;

    @Override
    protected SessionStore store() {
        return FileSessionStore.of(dir.resolve("store-" + (n++)));
    }

    @Override
    protected SessionStore sameDataStore(SessionStore first) {
        return FileSessionStore.of(((FileSessionStore) first).dir());
    }

    @Test
    void writesOneJsonFilePerSessionAndLeavesNoTemporaryFiles() throws Exception {
        FileSessionStore s = FileSessionStore.of(dir.resolve("files"));
        FilmSession v1 = s.save(sample("one"));
        s.save(v1.toBuilder().complete(Stage.SCRIPT).build());
        try (Stream<Path> files = Files.list(s.dir())) {
            assertEquals(0, files.filter(p -> p.toString().endsWith(".tmp")).count());
        }
        String json = Files.readString(s.dir().resolve("one.json"));
        assertTrue(json.contains("\"version\" : 2"), json);
        assertTrue(json.contains("2026-01-02T03:04:05Z"), json);
    }

    @Test
    void aCorruptFileIsReportedByName() throws Exception {
        FileSessionStore s = FileSessionStore.of(dir.resolve("bad"));
        Files.createDirectories(s.dir());
        Files.writeString(s.dir().resolve("x.json"), "{ not json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.load("x"));
        assertTrue(e.getMessage().contains("x.json"), e.getMessage());
    }
}
