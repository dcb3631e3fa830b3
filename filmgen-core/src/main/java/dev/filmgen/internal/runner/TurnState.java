package dev.filmgen.internal.runner;

import dev.filmgen.calls.CallCounts;
import dev.filmgen.calls.CallKind;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.stage.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What one turn shares between its threads: listeners, cancellation, call counts, the bill, timings, failures. */
public final class TurnState {
    private static final Logger LOG = LoggerFactory.getLogger(TurnState.class);

    private final String sessionId;
    private final String requestId;
    private final List<FilmListener> listeners;
    private final TurnBill bill;
    private final AtomicIntegerArray made = new AtomicIntegerArray(CallKind.values().length);
    private final AtomicIntegerArray reused = new AtomicIntegerArray(CallKind.values().length);
    private final Map<Stage, Duration> timings = new EnumMap<>(Stage.class);
    private final List<StageFailedException> failures = new ArrayList<>();
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile boolean expired;
    private volatile boolean abandoned;
    private volatile long abandonAt = Long.MAX_VALUE;

    public TurnState(String sessionId, List<FilmListener> listeners) {
        this(sessionId, listeners, null);
    }

    /** @param requestId names the turn in the server log and in failure messages for clients */
    public TurnState(String sessionId, List<FilmListener> listeners, String requestId) {
        this(sessionId, listeners, requestId, TurnBill.unpriced());
    }

    /**
     * @param requestId names the turn in the server log and in failure messages for clients
     * @param bill prices, and limits, the turn's calls
     */
    public TurnState(String sessionId, List<FilmListener> listeners, String requestId, TurnBill bill) {
        this.sessionId = sessionId;
        this.listeners = List.copyOf(listeners);
        this.requestId = requestId;
        this.bill = bill;
    }

    /** What the turn paid for and reused, and its budget. */
    public TurnBill bill() {
        return bill;
    }

    public String sessionId() {
        return sessionId;
    }

    /** The request id of the turn, or null. */
    public String requestId() {
        return requestId;
    }

    /** Delivers an event to every listener in turn; a listener's exception is logged, never rethrown. */
    public synchronized void emit(FilmEvent event) {
        for (FilmListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw (VirtualMachineError) e;
                }
                LOG.warn("listener {} threw on {} event; ignored: {}", l.getClass().getName(), event.type(), e.toString());
                LOG.debug("listener failure", e);
            }
        }
    }

    public void countMade(CallKind kind) {
        made.incrementAndGet(kind.ordinal());
    }

    public void countReused(CallKind kind) {
        reused.incrementAndGet(kind.ordinal());
    }

    public CallCounts counts() {
        Map<CallKind, Integer> m = new EnumMap<>(CallKind.class);
        Map<CallKind, Integer> r = new EnumMap<>(CallKind.class);
        for (CallKind k : CallKind.values()) {
            m.put(k, made.get(k.ordinal()));
            r.put(k, reused.get(k.ordinal()));
        }
        return new CallCounts(m, r);
    }

    public synchronized void timing(Stage stage, Duration d) {
        timings.put(stage, d);
    }

    public synchronized Map<Stage, Duration> timings() {
        return new EnumMap<>(timings);
    }

    public synchronized void fail(StageFailedException e) {
        failures.add(e);
    }

    public synchronized List<StageFailedException> failures() {
        return new ArrayList<>(failures);
    }

    /** Marks the turn cancelled and interrupts every running item. */
    public synchronized void cancel() {
        cancelled = true;
        for (Thread t : running) {
            t.interrupt();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    /**
     * The watchdog's call when the turn passed its deadline: cancels it like {@link #cancel()} and gives
     * running items {@code grace} to report back; after that the runner stops waiting for them.
     */
    public synchronized void expire(Duration grace) {
        expired = true;
        abandonAt = System.nanoTime() + grace.toNanos();
        cancel();
    }

    /** Whether the watchdog ended this turn. */
    public boolean expired() {
        return expired;
    }

    /** Marks that the runner stopped waiting for its running items; their late results must not be saved. */
    void abandon() {
        abandoned = true;
    }

    boolean abandoned() {
        return abandoned;
    }

    /** Nanoseconds the runner may still wait for a running item ({@link Long#MAX_VALUE} before expiry). */
    long waitLeftNanos() {
        long at = abandonAt;
        return at == Long.MAX_VALUE ? Long.MAX_VALUE : at - System.nanoTime();
    }

    public void checkCancelled() {
        if (expired) {
            throw new CancelledException("turn on session " + sessionId + " ran past its deadline");
        }
        if (cancelled) {
            throw new CancelledException("turn on session " + sessionId + " was cancelled");
        }
    }

    /** Registers the current thread as running an item, so {@link #cancel()} can interrupt it. */
    synchronized void enter() {
        running.add(Thread.currentThread());
        if (cancelled) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void leave() {
        running.remove(Thread.currentThread());
        Thread.interrupted(); // never leak an interrupt into a pooled thread
    }
}
