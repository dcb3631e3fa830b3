package dev.filmgen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkRootTest {
    @TempDir
    Path dir;

    @Test
    void oneRootPerProcessWithItsOwnLockedFolderWhoseScratchMayBeDeleted() throws IOException {
        WorkRoot w = WorkRoot.at(dir.resolve("work"));
        assertSame(w, WorkRoot.at(dir.resolve("work/../work")));
        assertTrue(w.dir().getFileName().toString().startsWith("p-" + ProcessHandle.current().pid() + "-"));
        Path turn = w.newFolder("turn-");
        Path file = Files.writeString(turn.resolve("film.mp4.part"), "x");
        assertTrue(WorkRoot.isScratch(file));
        assertFalse(WorkRoot.isScratch(dir.resolve("elsewhere.mp4")));
        assertFalse(WorkRoot.isScratch(w.dir()), "the process folder itself is not scratch");
        WorkRoot.deleteTree(turn);
        assertEquals(List.of(w.dir().resolve(".lock")), files(dir.resolve("work")));
    }

    @Test
    void theFirstUseSweepsFoldersOfEndedProcessesAndOldLeftoversButNeverLiveWork() throws IOException {
        Path root = Files.createDirectories(dir.resolve("shared"));
        // an ended process: its folder and lock file exist, nobody holds the lock
        Path dead = Files.createDirectories(root.resolve("p-99999-deadbeef/turn-1"));
        Files.writeString(dead.resolve(".film.mp4.1.part.mp4"), "half a film");
        Files.createFile(root.resolve("p-99999-deadbeef/.lock"));
        // a live process elsewhere: it holds its lock (here: this test, through a separate channel)
        Path live = Files.createDirectories(root.resolve("p-88888-cafecafe"));
        Files.writeString(live.resolve("clip.mp4"), "in use");
        try (FileChannel ch = FileChannel.open(live.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            // leftovers of older versions: an old turn folder is swept, a fresh one is not
            Path old = Files.createDirectories(root.resolve("turn-123"));
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(WorkRoot.STALE).minusSeconds(60)));
            Path fresh = Files.createDirectories(root.resolve("turn-456"));

            WorkRoot.Sweep s = WorkRoot.at(root).swept();

            assertEquals(1, s.processFolders());
            assertEquals(1, s.otherEntries());
            assertEquals("half a film".length(), s.bytes());
            assertFalse(Files.exists(root.resolve("p-99999-deadbeef")));
            assertFalse(Files.exists(old));
            assertTrue(Files.exists(fresh));
            assertTrue(Files.exists(live.resolve("clip.mp4")), "a live process's work was swept");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void staleTemporaryFilesOfInterruptedWritesAreSweptButFreshOnesAreLeft() throws IOException {
        Path old = Files.writeString(dir.resolve("put-1.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(WorkRoot.STALE).minusSeconds(1)));
        Path fresh = Files.writeString(dir.resolve("put-2.tmp"), "writing now");
        Path kept = Files.writeString(dir.resolve("film.mp4"), "a film");
        Files.setLastModifiedTime(kept, FileTime.from(Instant.now().minus(WorkRoot.STALE).minusSeconds(1)));

        assertEquals(1, WorkRoot.sweepStale(dir, "*.tmp"));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(kept));
    }

    @Test
    void theLastOwnerClosingDeletesTheProcessFolder() throws IOException {
        WorkRoot a = WorkRoot.open(dir.resolve("owned"));
        WorkRoot b = WorkRoot.open(dir.resolve("owned"));
        assertSame(a, b);
        Path scratch = Files.writeString(a.newFolder("turn-").resolve("x"), "x");
        a.close();
        assertTrue(Files.exists(scratch), "another owner still works there");
        b.close();
        assertFalse(Files.exists(a.dir()));
        try (Stream<Path> s = Files.list(dir.resolve("owned"))) {
            assertEquals(List.of(), s.toList());
        }
    }
}
