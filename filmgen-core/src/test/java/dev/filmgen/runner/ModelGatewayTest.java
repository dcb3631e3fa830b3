package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Resilience;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.internal.runner.ModelGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelGatewayTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Resilience quick = Resilience.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(4));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private ModelGateway gateway(Resilience r) {
        return new ModelGateway(ModelLimits.create(), r, pool);
    }

    @Test
    void startsNoFasterThanTheConfiguredRate() throws Exception {
        ModelGateway g = gateway(quick);
        double rps = 10;
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            fs.add(pool.submit(() -> g.call(CallKind.IMAGE, "m", rps, 14, () -> starts.add(System.nanoTime()), null)));
        }
        for (Future<?> f : fs) {
            f.get(30, TimeUnit.SECONDS);
        }
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        long period = (long) (1e9 / rps);
        // one permit per period: any window of one second holds at most rps + 1 starts ...
        for (int i = 0; i < sorted.size(); i++) {
            int inWindow = 0;
            for (int j = i; j < sorted.size() && sorted.get(j) - sorted.get(i) < 1_000_000_000L; j++) {
                inWindow++;
            }
            assertTrue(inWindow <= rps + 1, "starts in one second: " + inWindow);
        }
        // ... and n starts span at least n - 2 periods
        assertTrue(sorted.get(sorted.size() - 1) - sorted.get(0) >= (sorted.size() - 2) * period * 0.98,
                "14 starts at 10 rps took only " + (sorted.get(13) - sorted.get(0)) / 1e6 + " ms");
    }

    @Test
    void neverRunsMoreCallsAtOnceThanAllowed() throws Exception {
        ModelGateway g = gateway(quick);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fs.add(pool.submit(() -> g.call(CallKind.VIDEO, "v", 1000, 2, () -> {
                peak.accumulateAndGet(now.incrementAndGet(), Math::max);
                sleep(30);
                now.decrementAndGet();
                return null;
            }, null)));
        }
        for (Future<?> f : fs) {
            f.get(30, TimeUnit.SECONDS);
        }
        assertEquals(2, peak.get());
    }

    @Test
    void retriesRetriableFailuresUpToThreeAttempts() {
        ModelGateway g = gateway(quick);
        AtomicInteger attempts = new AtomicInteger();
        List<String> notices = new ArrayList<>();
        String r = g.call(CallKind.TEXT, "t", 1000, 4, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new RateLimitedException("429 throttled", null);
            }
            return "ok";
        }, e -> notices.add(e.getMessage()));
        assertEquals("ok", r);
        assertEquals(3, attempts.get());
        assertEquals(List.of("429 throttled", "429 throttled"), notices);

        AtomicInteger more = new AtomicInteger();
        RetriableException e = assertThrows(RetriableException.class, () -> g.call(CallKind.TEXT, "t", 1000, 4, () -> {
            more.incrementAndGet();
            throw new RetriableException("503");
        }, null));
        assertEquals("503", e.getMessage());
        assertEquals(3, more.get());
    }

    @Test
    void neverRetriesNonRetriableFailures() {
        ModelGateway g = gateway(quick);
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(ProviderRejectedException.class, () -> g.call(CallKind.IMAGE, "i", 1000, 4, () -> {
            attempts.incrementAndGet();
            throw new ProviderRejectedException("moderation", "DataInspectionFailed", "req-1", null);
        }, null));
        assertEquals(1, attempts.get());

        AtomicInteger conflicts = new AtomicInteger();
        assertThrows(SessionConflictException.class, () -> g.call(CallKind.IMAGE, "i", 1000, 4, () -> {
            conflicts.incrementAndGet();
            throw new SessionConflictException("conflict");
        }, null));
        assertEquals(1, conflicts.get());

        AtomicInteger bugs = new AtomicInteger();
        RuntimeException e = assertThrows(RuntimeException.class, () -> g.call(CallKind.IMAGE, "i", 1000, 4, () -> {
            bugs.incrementAndGet();
            throw new IllegalStateException("bug in adapter");
        }, null));
        assertTrue(e.getMessage().contains("bug in adapter"), e.getMessage());
        assertEquals(1, bugs.get());
    }

    @Test
    void aCallPastItsDeadlineIsAbandonedAndRetried() {
        ModelGateway g = gateway(quick.withDeadline(CallKind.SPEECH, Duration.ofMillis(50)));
        AtomicInteger attempts = new AtomicInteger();
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> g.call(CallKind.SPEECH, "s", 1000, 4, () -> {
                    attempts.incrementAndGet();
                    sleep(5_000);
                    return null;
                }, null));
        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
        assertEquals(3, attempts.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
