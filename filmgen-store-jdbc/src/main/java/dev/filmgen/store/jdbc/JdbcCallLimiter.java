package dev.filmgen.store.jdbc;

import dev.filmgen.calls.CallLimiter;
import dev.filmgen.calls.Quota;
import dev.filmgen.store.jdbc.internal.Db;
import dev.filmgen.store.jdbc.internal.SharedQuotas;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A {@link CallLimiter} shared by every instance on one PostgreSQL: per account and model, calls in flight are
 * leases on slot rows (renewed while the call runs, so a crashed instance's slot comes back after the lease) and
 * starts are reserved on one schedule on the database's clock, one per {@link Quota#spacing()}; a provider's
 * refusal backs every instance off. The account is a hash of the API key, so two keys have two quotas and the key
 * itself is never stored. Made by {@link JdbcFilmBackend#configure}; close it (the backend does) to stop renewing.
 */
public final class JdbcCallLimiter implements CallLimiter, AutoCloseable {
    private final SharedQuotas quotas;

    JdbcCallLimiter(JdbcFilmBackend backend, String account, Duration lease) {
        this.quotas = new SharedQuotas(new Db(backend.dataSource()), accountKey(account), backend.instanceId(), lease);
    }

    /** The stored name of an account: the first 32 hex digits of SHA-256 over {@code filmgen:} and the key. */
    static String accountKey(String account) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("filmgen:" + account)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public Lease acquire(String model, Quota quota, WaitListener waits) throws InterruptedException {
        Duration backOffAbove = quota.spacing().multipliedBy(quota.maxInFlight() + 1L);
        SharedQuotas.Slot slot = quotas.acquire(model, quota.spacing(), quota.maxInFlight(), (reason, expected) -> {
            Reason r = reason == SharedQuotas.Reason.IN_FLIGHT ? Reason.IN_FLIGHT
                    : expected != null && expected.compareTo(backOffAbove) > 0 ? Reason.BACKOFF : Reason.RATE;
            waits.waiting(new Wait(model, quota, r, expected));
        });
        return slot::close;
    }

    @Override
    public void backOff(String model, Duration pause) {
        quotas.backOff(model, pause);
    }

    /** Stops renewing leases; slots still held come back when their leases run out. */
    @Override
    public void close() {
        quotas.close();
    }
}
