package dev.filmgen.storage;

import dev.filmgen.error.StorageFailures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one folder for filmgen's temporary files in this process: turn folders, composition work, model results
 * before they are stored, uploads. Each process claims its own sub-folder {@code p-<pid>-<random>} under the root and
 * holds an OS lock on a file in it for its whole life; the lock dies with the process, even on {@code kill -9}. When a
 * root is first used in a process, every sibling folder whose lock is free (its process is gone) is deleted, and so is
 * anything else in the root older than an hour (files of older versions). {@link #close()} deletes this process's
 * folder. Several processes sharing the folder never sweep each other's live work (on file systems that honour
 * locks, as local ones do).
 *
 * <p>One instance per root and process: {@link #at(Path)} returns the same one for the same root.
 */
public final class WorkRoot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkRoot.class);
    private static final String PREFIX = "p-";
    private static final String LOCK = ".lock";
    /** Age after which an entry that belongs to no process folder is a leftover. */
    static final Duration STALE = Duration.ofHours(1);
    private static final Map<Path, WorkRoot> OPEN = new ConcurrentHashMap<>();

    private final Path root;
    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Sweep swept;
    private volatile boolean closed;
    private int owners; // guarded by OPEN

    /**
     * What a start-up sweep removed.
     *
     * @param processFolders folders of processes that are gone
     * @param otherEntries other leftovers older than an hour
     * @param bytes bytes freed
     */
    public record Sweep(int processFolders, int otherEntries, long bytes) { }

    private WorkRoot(Path root, Path dir, FileChannel lockChannel, FileLock lock, Sweep swept) {
        this.root = root;
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.swept = swept;
    }

    /** This process's work root at {@code root}: claimed, and the root swept, on first use in the process. */
    public static WorkRoot at(Path root) {
        Path key = root.toAbsolutePath().normalize();
        WorkRoot w = OPEN.get(key);
        if (w != null && !w.closed) {
            return w;
        }
        synchronized (OPEN) {
            w = OPEN.get(key);
            if (w == null || w.closed) {
                w = claim(key);
                OPEN.put(key, w);
            }
            return w;
        }
    }

    /**
     * {@link #at(Path)} for an owner of the process's work (a program's setup): each {@code open} is matched by one
     * {@link #close()}, and the last close deletes this process's folder.
     */
    public static WorkRoot open(Path root) {
        synchronized (OPEN) {
            WorkRoot w = at(root);
            w.owners++;
            return w;
        }
    }

    /** The work root in the system temp folder ({@code <java.io.tmpdir>/filmgen-work}), for hosts that set none. */
    public static WorkRoot systemDefault() {
        return at(Path.of(System.getProperty("java.io.tmpdir"), "filmgen-work"));
    }

    /** Whether {@code path} lies in the folder of an open work root of this process (scratch that may be deleted). */
    public static boolean isScratch(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (WorkRoot w : OPEN.values()) {
            if (!w.closed && p.startsWith(w.dir) && !p.equals(w.dir)) {
                return true;
            }
        }
        return false;
    }

    private static WorkRoot claim(Path root) {
        try {
            Files.createDirectories(root);
            Sweep swept = sweep(root);
            // the folder is born locked: made under a temporary name, its lock taken, then renamed into view
            // (a POSIX lock belongs to the file, not its name), so a sweeper never sees an unlocked live folder
            Path fresh = Files.createDirectory(root.resolve(".new-" + UUID.randomUUID()));
            FileChannel ch = FileChannel.open(fresh.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                throw new IOException("cannot lock the new folder " + fresh);
            }
            Path dir = root.resolve(PREFIX + ProcessHandle.current().pid() + "-"
                    + UUID.randomUUID().toString().substring(0, 8));
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
            if (swept.processFolders() + swept.otherEntries() > 0) {
                LOG.info("work root {}: removed {} folder(s) of ended processes and {} other leftover(s), {} KB",
                        root, swept.processFolders(), swept.otherEntries(), swept.bytes() / 1024);
            }
            return new WorkRoot(root, dir, ch, lock, swept);
        } catch (IOException e) {
            throw StorageFailures.of("cannot set up the work folder " + root, e);
        }
    }

    /** Deletes what ended processes left: their folders (lock free), and other entries older than an hour. */
    private static Sweep sweep(Path root) throws IOException {
        int folders = 0;
        int others = 0;
        long bytes = 0;
        Instant staleBefore = Instant.now().minus(STALE);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            ds.forEach(entries::add);
        }
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (name.startsWith(PREFIX) && Files.isDirectory(e)) {
                if (owned(e)) {
                    continue;
                }
                bytes += deleteTree(e);
                folders++;
            } else if (Files.getLastModifiedTime(e).toInstant().isBefore(staleBefore)) {
                bytes += deleteTree(e);
                others++;
            }
        }
        return new Sweep(folders, others, bytes);
    }

    /**
     * Whether a live process holds the lock of process folder {@code dir}. Never opens a lock file this JVM holds:
     * on Linux, closing any channel to a file drops every lock the process has on it.
     */
    private static boolean owned(Path dir) {
        for (WorkRoot w : OPEN.values()) {
            if (w.dir.equals(dir)) {
                return true;
            }
        }
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return false; // folders are born locked: one without a lock file is a leftover
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM holds it through another object
        } catch (IOException e) {
            return true; // cannot tell: keep it
        }
    }

    /** The root folder. */
    public Path root() {
        return root;
    }

    /** This process's folder under the root; everything in it is deleted at {@link #close()} or after a crash. */
    public Path dir() {
        return dir;
    }

    /** What the sweep at this root's first use removed. */
    public Sweep swept() {
        return swept;
    }

    /** A new, empty folder in this process's folder whose name starts with {@code prefix}. */
    public Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(dir, prefix);
        } catch (IOException e) {
            throw StorageFailures.of("cannot create a work folder in " + dir, e);
        }
    }

    /** A named sub-folder of this process's folder, created when missing (for example {@code offline}). */
    public Path folder(String name) {
        try {
            return Files.createDirectories(dir.resolve(name));
        } catch (IOException e) {
            throw StorageFailures.of("cannot create the work folder " + dir.resolve(name), e);
        }
    }

    /**
     * Ends one {@link #open}: the last one deletes this process's folder and releases its lock (a later {@link #at}
     * claims a fresh one). A root only ever reached through {@link #at} lives as long as the process.
     */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed || --owners > 0) {
                return;
            }
            closed = true;
            OPEN.remove(root, this);
        }
        deleteTree(dir); // while the lock is held, so no sweeper races the delete
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.debug("releasing the work lock in {}", dir, e);
        }
    }

    /**
     * Deletes the entries of {@code dir} matching {@code glob} that are older than an hour: the temporary files of a
     * write a crash interrupted, in folders other live processes may share (so younger ones are left alone).
     * Returns how many were removed; quiet about failures.
     */
    public static int sweepStale(Path dir, String glob) {
        int n = 0;
        Instant staleBefore = Instant.now().minus(STALE);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(staleBefore)) {
                    deleteTree(p);
                    n++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not sweep {} in {}", glob, dir, e);
        }
        if (n > 0) {
            LOG.info("removed {} stale temporary file(s) from {}", n, dir);
        }
        return n;
    }

    /** Deletes a file or folder tree quietly; returns the bytes of the files removed. */
    public static long deleteTree(Path path) {
        long[] bytes = {0};
        try {
            if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return 0;
            }
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    bytes[0] += attrs.size();
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.debug("could not delete {}", path, e);
        }
        return bytes[0];
    }
}
