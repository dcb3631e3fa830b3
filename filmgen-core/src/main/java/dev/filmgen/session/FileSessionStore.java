package dev.filmgen.session;

import dev.filmgen.error.StorageFailures;
import dev.filmgen.storage.WorkRoot;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.internal.json.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link SessionStore} keeping one JSON file per session in a folder. Saves write a temporary file and
 * rename it atomically; the version check re-reads the file under a per-id lock (shared by every
 * instance in the process) and an OS file lock (shared with other processes), so two agents on the same
 * folder can never silently overwrite each other.
 */
public final class FileSessionStore implements SessionStore {
    private static final String SUFFIX = ".json";
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final java.util.concurrent.atomic.AtomicBoolean swept = new java.util.concurrent.atomic.AtomicBoolean();
    private final Path dir;

    private FileSessionStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** A store in {@code dir}; the folder is created on the first save. */
    public static FileSessionStore of(Path dir) {
        return new FileSessionStore(Objects.requireNonNull(dir, "dir"));
    }

    /** The folder sessions are kept in. */
    public Path dir() {
        return dir;
    }

    @Override
    public Optional<FilmSession> load(String id) {
        return read(fileOf(id)); // writes are atomic renames: a reader sees the old or the new file, never half
    }

    @Override
    public FilmSession save(FilmSession session) {
        Objects.requireNonNull(session, "session");
        String id = session.id();
        Path file = fileOf(id);
        return locked(id, () -> {
            long stored = read(file).map(FilmSession::version).orElse(0L);
            if (stored != session.version()) {
                throw new SessionConflictException("session " + id + " was saved by another turn (stored version "
                        + stored + ", this turn has " + session.version() + ")");
            }
            FilmSession next = session.toBuilder().version(session.version() + 1).build();
            write(file, next);
            return next;
        });
    }

    @Override
    public boolean delete(String id) {
        Path file = fileOf(id);
        return locked(id, () -> {
            try {
                return Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new NonRetriableException("cannot delete session file " + file + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<String> list() {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                ids.add(name.substring(0, name.length() - SUFFIX.length()));
            }
        } catch (IOException e) {
            throw new NonRetriableException("cannot list sessions in " + dir + ": " + e.getMessage(), e);
        }
        Collections.sort(ids);
        return ids;
    }

    private Path fileOf(String id) {
        return dir.resolve(SessionIds.validate(id) + SUFFIX);
    }

    private Optional<FilmSession> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), FilmSession.class));
        } catch (IOException e) {
            throw new InvalidInputException("session file " + file + " is not a readable session: " + e.getMessage(), e);
        }
    }

    private void write(Path file, FilmSession session) {
        try {
            Files.createDirectories(dir);
            if (swept.compareAndSet(false, true)) {
                WorkRoot.sweepStale(dir, "*.tmp"); // what a crash left mid-write, once per store
            }
            Path tmp = Files.createTempFile(dir, session.id() + ".", ".tmp");
            try {
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), session);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw StorageFailures.of("cannot write session file " + file, e);
        }
    }

    /** Runs {@code body} holding the in-process lock for the id and an OS lock on its lock file. */
    @SuppressWarnings("try")
    private <T> T locked(String id, Supplier<T> body) {
        Path lockFile = dir.resolve(SessionIds.validate(id) + ".lock");
        ReentrantLock lock = LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        lock.lock();
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                return body.get();
            }
        } catch (IOException e) {
            throw StorageFailures.of("cannot lock session " + id + " in " + dir, e);
        } finally {
            lock.unlock();
        }
    }
}
