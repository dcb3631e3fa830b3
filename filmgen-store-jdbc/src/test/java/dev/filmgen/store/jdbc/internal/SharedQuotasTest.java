package dev.filmgen.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.store.jdbc.JdbcFilmBackend;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotas shared by two instances (two {@link SharedQuotas} with their own ids) through one database. */
class SharedQuotasTest {
    private static HikariDataSource ds;
    private static Db db;
    private static final AtomicInteger MODELS = new AtomicInteger();

    @BeforeAll
    static void database() {
        TestDatabase t = TestPostgres.newDatabase("quotas");
        ds = t.dataSource(16);
        JdbcFilmBackend.create(ds).migrate();
        db = new Db(ds);
    }

    @AfterAll
    static void close() {
        if (ds != null) {
            ds.close();
        }
    }

    private static String model() {
        return "wan-test-" + MODELS.incrementAndGet();
    }

    @Test
    void twoInstancesTogetherNeverRunMoreCallsThanTheInFlightBound() throws Exception {
        String model = model();
        try (SharedQuotas a = new SharedQuotas(db, "acct", "a", Duration.ofSeconds(10));
             SharedQuotas b = new SharedQuotas(db, "acct", "b", Duration.ofSeconds(10))) {
            AtomicInteger now = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                SharedQuotas q = i % 2 == 0 ? a : b;
                fs.add(pool.submit(() -> {
                    try (SharedQuotas.Slot s = q.acquire(model, Duration.ofMillis(1), 2, (r, d) -> { })) {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        Thread.sleep(60);
                        now.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(2, most.get(), "two at once at most, and the bound was used");
        }
    }

    @Test
    void reservationsFromTwoInstancesAreSpacedOnOneSchedule() {
        String model = model();
        Duration spacing = Duration.ofMillis(200);
        for (int i = 0; i < 6; i++) {
            db.auto("reserve", c -> QuotaRows.reserveStart(c, "acct", model, spacing));
        }
        double ahead = db.auto("read", c -> {
            try (var ps = c.prepareStatement("SELECT extract(epoch FROM next_start - clock_timestamp())::float8"
                    + " FROM filmgen_quota_rate WHERE account = 'acct' AND model = ?")) {
                ps.setString(1, model);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getDouble(1);
                }
            }
        });
        assertTrue(ahead > 0.6 && ahead <= 1.2, "six starts 0.2 s apart put the next one ~1.2 s ahead: " + ahead);
    }

    @Test
    void anotherAccountHasItsOwnQuota() throws Exception {
        String model = model();
        try (SharedQuotas a = new SharedQuotas(db, "acct-1", "a", Duration.ofSeconds(10));
             SharedQuotas b = new SharedQuotas(db, "acct-2", "b", Duration.ofSeconds(10));
             SharedQuotas.Slot held = a.acquire(model, Duration.ofMillis(1), 1, (r, d) -> { })) {
            List<SharedQuotas.Reason> waits = new CopyOnWriteArrayList<>();
            try (SharedQuotas.Slot other = b.acquire(model, Duration.ofMillis(1), 1, (r, d) -> waits.add(r))) {
                assertEquals(List.of(), waits, "account 2 did not wait for account 1's slot");
            }
        }
    }

    @Test
    void aDeadInstancesSlotComesBackWhenItsLeaseRunsOut() throws Exception {
        String model = model();
        SharedQuotas dead = new SharedQuotas(db, "acct", "dead", Duration.ofSeconds(1));
        dead.acquire(model, Duration.ofMillis(1), 1, (r, d) -> { });
        dead.close(); // stops renewing and never frees: as if killed

        List<SharedQuotas.Reason> waits = new CopyOnWriteArrayList<>();
        try (SharedQuotas heir = new SharedQuotas(db, "acct", "heir", Duration.ofSeconds(5));
             SharedQuotas.Slot s = heir.acquire(model, Duration.ofMillis(1), 1, (r, d) -> waits.add(r))) {
            assertEquals(List.of(SharedQuotas.Reason.IN_FLIGHT), waits);
        }
    }

    @Test
    void aRunningCallKeepsItsSlotPastTheLeaseByRenewingIt() throws Exception {
        String model = model();
        try (SharedQuotas a = new SharedQuotas(db, "acct", "a", Duration.ofSeconds(1));
             SharedQuotas b = new SharedQuotas(db, "acct", "b", Duration.ofSeconds(1))) {
            SharedQuotas.Slot long1 = a.acquire(model, Duration.ofMillis(1), 1, (r, d) -> { });
            AtomicInteger got = new AtomicInteger();
            Thread t = new Thread(() -> {
                try (SharedQuotas.Slot s = b.acquire(model, Duration.ofMillis(1), 1, (r, d) -> { })) {
                    got.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            t.join(2_500);
            assertEquals(0, got.get(), "2.5 s after a 1 s lease, the slot is still a's");
            long1.close();
            t.join(10_000);
            assertEquals(1, got.get());
        }
    }

    @Test
    void aBackOffDelaysTheNextStartOfEveryInstance() throws Exception {
        String model = model();
        try (SharedQuotas a = new SharedQuotas(db, "acct", "a", Duration.ofSeconds(10));
             SharedQuotas b = new SharedQuotas(db, "acct", "b", Duration.ofSeconds(10))) {
            a.backOff(model, Duration.ofSeconds(1));
            List<Duration> rate = new CopyOnWriteArrayList<>();
            try (SharedQuotas.Slot s = b.acquire(model, Duration.ofMillis(1), 2, (r, d) -> {
                if (r == SharedQuotas.Reason.RATE) {
                    rate.add(d);
                }
            })) {
                assertEquals(1, rate.size());
                assertTrue(rate.get(0).toMillis() > 700, "b waited out a's back-off: " + rate);
            }
        }
    }
}
