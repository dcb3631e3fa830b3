package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.calls.CallLimiter;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Quota;
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
    private static final Quota FAST = Quota.perSecond(1000, 4);
    private final Resilience quick = Resilience.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(4));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private ModelGateway gateway(Resilience r) {
        return new ModelGateway(ModelLimits.create(), r, pool);
    }

    @Test
    void startsAreSpacedEvenlyAtTheQuotasRate() throws Exception {
        ModelGateway g = gateway(quick);
        Quota spaced = Quota.perSecond(2.5, 8);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fs.add(pool.submit(() -> g.call(CallKind.IMAGE, "m", spaced, () -> starts.add(System.nanoTime()),
                    null, null)));
        }
        for (Future<?> f : fs) {
            f.get(30, TimeUnit.SECONDS);
        }
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            long gap = sorted.get(i) - sorted.get(i - 1);
            // 400 ms apart by the schedule; a burst would show as ~0 ms, a loaded machine's dispatch delay as up to
            // a couple of hundred
            assertTrue(gap >= 200_000_000L, "starts " + i + " and " + (i + 1) + " only " + gap / 1e6 + " ms apart");
        }
    }

    @Test
    void neverRunsMoreCallsAtOnceThanAllowed() throws Exception {
        ModelGateway g = gateway(quick);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fs.add(pool.submit(() -> g.call(CallKind.VIDEO, "v", Quota.perSecond(1000, 2), () -> {
                peak.accumulateAndGet(now.incrementAndGet(), Math::max);
                sleep(30);
                now.decrementAndGet();
                return null;
            }, null, null)));
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
        String r = g.call(CallKind.TEXT, "t", FAST, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new RetriableException("503 busy");
            }
            return "ok";
        }, e -> notices.add(e.getMessage()), null);
        assertEquals("ok", r);
        assertEquals(3, attempts.get());
        assertEquals(List.of("503 busy", "503 busy"), notices);

        AtomicInteger more = new AtomicInteger();
        RetriableException e = assertThrows(RetriableException.class, () -> g.call(CallKind.TEXT, "t", FAST, () -> {
            more.incrementAndGet();
            throw new RetriableException("503");
        }, null, null));
        assertEquals("503", e.getMessage());
        assertEquals(3, more.get());
    }

    @Test
    void aQuotaRefusalBacksOffForTheQuotasWindowWithoutSpendingTheRetryBudget() {
        ModelGateway g = gateway(quick);
        Quota fivePerWindow = new Quota(5, Duration.ofMillis(400), 1);
        List<Long> starts = new ArrayList<>();
        List<CallLimiter.Wait> waits = Collections.synchronizedList(new ArrayList<>());
        String r = g.call(CallKind.SPEECH, "tts", fivePerWindow, () -> {
            starts.add(System.nanoTime());
            if (starts.size() <= 5) {
                throw new RateLimitedException("429 Throttling.RateQuota", null);
            }
            return "spoken";
        }, null, waits::add);
        assertEquals("spoken", r, "five refusals in a row do not use up the three attempts");
        for (int i = 1; i < starts.size(); i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            assertTrue(gap >= 390_000_000L, "attempt " + (i + 1) + " came " + gap / 1e6 + " ms after a refusal");
        }
        assertEquals(5, waits.stream().filter(w -> w.reason() == CallLimiter.Reason.BACKOFF).count(), waits.toString());
    }

    @Test
    void aQuotaRefusalWaitsAsLongAsTheProviderAsks() {
        ModelGateway g = gateway(quick);
        List<Long> starts = new ArrayList<>();
        g.call(CallKind.IMAGE, "i", FAST, () -> {
            starts.add(System.nanoTime());
            if (starts.size() == 1) {
                throw new RateLimitedException("429", Duration.ofMillis(400), null);
            }
            return null;
        }, null, null);
        assertTrue(starts.get(1) - starts.get(0) >= 390_000_000L,
                "Retry-After of 400 ms kept: " + (starts.get(1) - starts.get(0)) / 1e6 + " ms");
    }

    @Test
    void aCallRefusedForItsQuotaTenTimesInARowGivesUpNamingTheQuota() {
        ModelGateway g = gateway(quick);
        AtomicInteger attempts = new AtomicInteger();
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> g.call(CallKind.SPEECH, "tts", new Quota(1, Duration.ofMillis(5), 1), () -> {
                    attempts.incrementAndGet();
                    throw new RateLimitedException("429 Throttling", null);
                }, null, null));
        assertEquals(ModelGateway.MAX_QUOTA_REFUSALS + 1, attempts.get());
        assertTrue(e.getMessage().contains("tts") && e.getMessage().contains("1 per 5 ms, 1 at once"), e.getMessage());
    }

    @Test
    void neverRetriesNonRetriableFailures() {
        ModelGateway g = gateway(quick);
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(ProviderRejectedException.class, () -> g.call(CallKind.IMAGE, "i", FAST, () -> {
            attempts.incrementAndGet();
            throw new ProviderRejectedException("moderation", "DataInspectionFailed", "req-1", null);
        }, null, null));
        assertEquals(1, attempts.get());

        AtomicInteger conflicts = new AtomicInteger();
        assertThrows(SessionConflictException.class, () -> g.call(CallKind.IMAGE, "i", FAST, () -> {
            conflicts.incrementAndGet();
            throw new SessionConflictException("conflict");
        }, null, null));
        assertEquals(1, conflicts.get());

        AtomicInteger bugs = new AtomicInteger();
        RuntimeException e = assertThrows(RuntimeException.class, () -> g.call(CallKind.IMAGE, "i", FAST, () -> {
            bugs.incrementAndGet();
            throw new IllegalStateException("bug in adapter");
        }, null, null));
        assertTrue(e.getMessage().contains("bug in adapter"), e.getMessage());
        assertEquals(1, bugs.get());
    }

    @Test
    void aCallPastItsDeadlineIsAbandonedAndRetried() {
        ModelGateway g = gateway(quick.withDeadline(CallKind.SPEECH, Duration.ofMillis(50)));
        AtomicInteger attempts = new AtomicInteger();
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> g.call(CallKind.SPEECH, "s", FAST, () -> {
                    attempts.incrementAndGet();
                    sleep(5_000);
                    return null;
                }, null, null));
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
