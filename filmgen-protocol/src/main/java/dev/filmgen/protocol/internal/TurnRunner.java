package dev.filmgen.protocol.internal;

import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.protocol.TurnExecutor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs turns on a worker pool: turns of one session one after another (a fair lock per session),
 * turns of different sessions side by side. A turn runs to its end whatever happens to the client.
 */
public final class TurnRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TurnRunner.class);

    /** Where a turn's outcome goes: its events while it runs, then exactly one {@code end} call. */
    public interface Sink extends FilmListener {
        /** The turn ended: {@code failure} is null on success; {@code unexpected} is any other throwable. */
        void end(FilmgenException failure, Throwable unexpected);
    }

    private final TurnExecutor executor;
    private final ExecutorService pool;
    private final Map<String, Slot> slots = new HashMap<>(); // guarded by itself; a slot lives while turns use it

    /** The lock of one session and how many queued or running turns hold a reference to it. */
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    public TurnRunner(TurnExecutor executor, ExecutorService pool) {
        this.executor = executor;
        this.pool = pool;
    }

    /** Queues a turn; it starts once the session's earlier turns have ended. */
    public Future<?> submit(String sessionId, UserMessage message, Sink sink) {
        return submit(sessionId, null, message, sink);
    }

    /**
     * Queues a turn that runs under {@code requestId}, so its server log lines and the failure messages its client
     * gets name the same id.
     */
    public Future<?> submit(String sessionId, String requestId, UserMessage message, Sink sink) {
        return pool.submit(() -> run(sessionId, requestId, message, sink));
    }

    private void run(String sessionId, String requestId, UserMessage message, Sink sink) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(sessionId, k -> new Slot());
            slot.users++;
        }
        slot.lock.lock();
        FilmgenException failure = null;
        Throwable unexpected = null;
        try {
            executor.execute(sessionId, requestId, message, sink);
        } catch (FilmgenException e) {
            failure = e;
            LOG.info("turn of session {} failed [request {}]: {}", sessionId, requestId, e.getMessage());
        } catch (Throwable e) { // an Error too (OutOfMemoryError): the stream still ends and the session goes on
            unexpected = e;
            LOG.error("turn of session {} failed unexpectedly [request {}]", sessionId, requestId, e);
        } finally {
            slot.lock.unlock();
            synchronized (slots) {
                if (--slot.users == 0) {
                    slots.remove(sessionId);
                }
            }
        }
        sink.end(failure, unexpected);
    }

    /** What a client is told about a failure: its own words for refused requests, else cleaned (ErrorCodes). */
    public static String message(FilmgenException e, String requestId) {
        return e instanceof RequestRefused ? e.getMessage() : ErrorCodes.clientMessage(e, requestId);
    }

    /** The wire error code for a failure. */
    public static String code(FilmgenException e) {
        return e instanceof RequestRefused ? ((RequestRefused) e).code() : ErrorCodes.of(e);
    }
}
