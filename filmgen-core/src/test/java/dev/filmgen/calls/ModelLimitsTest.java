package dev.filmgen.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelLimitsTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aPerMinuteQuotaIsSpacedEvenlyInScaledTimeAndReportedInRealTime() throws Exception {
        ModelLimits limits = ModelLimits.scaled(20);
        Quota tenPerMinute = Quota.perMinute(10, 1);
        List<Long> starts = new ArrayList<>();
        List<CallLimiter.Wait> waits = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            try (CallLimiter.Lease lease = limits.acquire("qwen-tts", tenPerMinute, waits::add)) {
                starts.add(System.nanoTime());
            }
        }
        for (int i = 1; i < starts.size(); i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            // 300 ms apart by the schedule; a burst would be a few ms, a loaded machine's wake-up delay much less
            // than the spacing
            assertTrue(gap >= 150_000_000L, "6 s / 20 apart, was " + gap / 1e6 + " ms");
        }
        assertTrue(waits.size() >= 2, "the later starts waited: " + waits);
        for (CallLimiter.Wait w : waits) {
            assertEquals(CallLimiter.Reason.RATE, w.reason());
            assertTrue(w.expected().toMillis() > 0 && w.expected().toMillis() <= 6_000,
                    "told in unscaled time, at most the 6 s spacing: " + w);
        }
    }

    @Test
    void aBackOffDelaysEvenStartsReservedBeforeIt() throws Exception {
        ModelLimits limits = ModelLimits.create();
        Quota q = new Quota(1, Duration.ofSeconds(1), 4);
        limits.acquire("m", q, null).close();
        List<Future<Long>> later = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            later.add(pool.submit(() -> {
                try (CallLimiter.Lease l = limits.acquire("m", q, null)) {
                    return System.nanoTime();
                }
            }));
        }
        Thread.sleep(50);
        long paused = System.nanoTime();
        limits.backOff("m", Duration.ofMillis(1500));
        for (Future<Long> f : later) {
            long start = f.get(10, TimeUnit.SECONDS);
            assertTrue(start - paused >= 1_450_000_000L, "started " + (start - paused) / 1e6
                    + " ms after a 1500 ms back-off began, though its start had been reserved for 1 s or 2 s");
        }
    }

    @Test
    void aFullModelReportsAnInFlightWaitOfUnknownLength() throws Exception {
        ModelLimits limits = ModelLimits.create();
        Quota one = Quota.perSecond(1000, 1);
        CallLimiter.Lease held = limits.acquire("v", one, null);
        List<CallLimiter.Wait> waits = Collections.synchronizedList(new ArrayList<>());
        Future<?> second = pool.submit(() -> {
            limits.acquire("v", one, waits::add).close();
            return null;
        });
        Thread.sleep(100);
        assertFalse(second.isDone(), "one call at once");
        held.close();
        held.close();
        second.get(5, TimeUnit.SECONDS);
        assertEquals(CallLimiter.Reason.IN_FLIGHT, waits.get(0).reason());
        assertNull(waits.get(0).expected());
        assertEquals(one, limits.quotaOf("v").orElseThrow());
        limits.acquire("v", one, null).close();
    }

    @Test
    void anInterruptedWaitHoldsNoSlot() throws Exception {
        ModelLimits limits = ModelLimits.create();
        Quota slow = new Quota(1, Duration.ofSeconds(30), 1);
        limits.acquire("s", slow, null).close();
        Future<?> waiting = pool.submit(() -> limits.acquire("s", slow, null));
        Thread.sleep(50);
        waiting.cancel(true);
        Future<?> other = pool.submit(() -> limits.acquire("s", Quota.perSecond(1, 1), null));
        Thread.sleep(50);
        assertThrows(java.util.concurrent.TimeoutException.class, () -> other.get(50, TimeUnit.MILLISECONDS),
                "still within the first quota's spacing");
        other.cancel(true);
    }

    @Test
    void quotasDescribeThemselvesAndOverridesLayOverThem() {
        assertEquals("10 per minute, 1 at once", Quota.perMinute(10, 1).describe());
        assertEquals(Duration.ofSeconds(6), Quota.perMinute(10, 1).spacing());
        assertEquals(Duration.ofMillis(500), Quota.perSecond(2, 2).spacing());
        assertEquals(Quota.perMinute(10, 3), new QuotaOverride(null, null, 3).applyTo(Quota.perMinute(10, 1)));
        assertEquals(Quota.perSecond(1, 1), new QuotaOverride(1.0, null, null).applyTo(Quota.perMinute(10, 1)));
        assertThrows(IllegalArgumentException.class, () -> new QuotaOverride(1.0, 60.0, null));
        assertThrows(IllegalArgumentException.class, () -> Quota.perSecond(0, 1));
    }
}
