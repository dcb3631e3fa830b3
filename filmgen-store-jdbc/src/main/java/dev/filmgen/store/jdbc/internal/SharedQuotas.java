package dev.filmgen.store.jdbc.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's model quotas shared through PostgreSQL by every instance: a call first takes an in-flight slot
 * (a row leased to it and renewed every third of the lease while it runs, so a dead instance's slot comes back),
 * then reserves its start on the shared schedule (one start per spacing, on the database's clock) and sleeps until
 * then. A provider's refusal pushes the shared schedule past the back-off, for every instance.
 */
public final class SharedQuotas implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedQuotas.class);
    private static final long MOMENT_NANOS = 5_000_000L;

    private final Db db;
    private final String account;
    private final String instanceId;
    private final Duration lease;
    private final AtomicLong next = new AtomicLong();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> slotsMade = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer;

    /** Why a start waits. */
    public enum Reason { IN_FLIGHT, RATE }

    /** Hears about waits that are not momentary. */
    @FunctionalInterface
    public interface Waits {
        void waiting(Reason reason, Duration expected);
    }

    /** A held in-flight slot; closing it frees the slot. */
    public final class Slot implements AutoCloseable {
        private final String model;
        private final int slot;
        private final String holder;
        private boolean closed;

        private Slot(String model, int slot, String holder) {
            this.model = model;
            this.slot = slot;
            this.holder = holder;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            held.remove(holder);
            try {
                db.auto("freeing a " + model + " slot", c -> {
                    QuotaRows.releaseSlot(c, account, model, slot, holder);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("could not free {} slot {} ({}); it comes back when its lease runs out", model, slot,
                        e.getMessage());
            }
        }
    }

    public SharedQuotas(Db db, String account, String instanceId, Duration lease) {
        this.db = db;
        this.account = account;
        this.instanceId = instanceId;
        this.lease = lease;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "filmgen-quota-leases");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, lease.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** Blocks until a call of {@code model} may start; returns its slot, to be closed when the call ends. */
    public Slot acquire(String model, Duration spacing, int maxInFlight, Waits waits) throws InterruptedException {
        ensureSlots(model, maxInFlight);
        String holder = instanceId + "#" + next.incrementAndGet();
        long sleep = 10;
        boolean told = false;
        OptionalInt slot;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for a " + model + " slot");
            }
            slot = db.tx("taking a " + model + " slot", c -> QuotaRows.takeSlot(c, account, model, maxInFlight,
                    holder, lease));
            if (slot.isPresent()) {
                break;
            }
            if (!told) {
                waits.waiting(Reason.IN_FLIGHT, null);
                told = true;
            }
            Thread.sleep(sleep / 2 + ThreadLocalRandom.current().nextLong(sleep / 2 + 1));
            sleep = Math.min(100, sleep * 2);
        }
        held.add(holder);
        Slot s = new Slot(model, slot.getAsInt(), holder);
        try {
            long wait = db.auto("reserving a " + model + " start", c -> QuotaRows.reserveStart(c, account, model,
                    spacing));
            if (wait > MOMENT_NANOS) {
                waits.waiting(Reason.RATE, Duration.ofNanos(wait));
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            return s;
        } catch (InterruptedException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** No call of {@code model} starts, on any instance, before {@code pause} from now. */
    public void backOff(String model, Duration pause) {
        db.auto("backing " + model + " off", c -> {
            QuotaRows.backOff(c, account, model, pause);
            return null;
        });
    }

    private void ensureSlots(String model, int count) {
        Integer made = slotsMade.get(model);
        if (made != null && made >= count) {
            return;
        }
        db.auto("adding " + model + " slots", c -> {
            QuotaRows.ensureSlots(c, account, model, count);
            return null;
        });
        slotsMade.merge(model, count, Math::max);
    }

    private void renew() {
        List<String> holders = List.copyOf(held);
        if (holders.isEmpty()) {
            return;
        }
        try {
            db.auto("renewing quota leases", c -> {
                QuotaRows.renew(c, holders, lease);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not renew {} quota lease(s): {}", holders.size(), e.getMessage());
        }
    }

    /** Stops renewing; slots still held come back when their leases run out. */
    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
