package dev.filmgen.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** The statements of shared quotas on {@code filmgen_quota_rate} and {@code filmgen_quota_slot}. */
public final class QuotaRows {
    private static final String TAKE_SLOT = "UPDATE filmgen_quota_slot s SET holder = ?,"
            + " lease_until = clock_timestamp() + make_interval(secs => ?) WHERE (s.account, s.model, s.slot) = ("
            + "SELECT f.account, f.model, f.slot FROM filmgen_quota_slot f WHERE f.account = ? AND f.model = ?"
            + " AND f.slot < ? AND (f.holder IS NULL OR f.lease_until < clock_timestamp()) ORDER BY f.slot"
            + " FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING s.slot";
    /** Reserves the next start: returns how long to wait for it, in seconds (0 when it is now). */
    private static final String RESERVE = "INSERT INTO filmgen_quota_rate AS r (account, model, next_start)"
            + " VALUES (?, ?, clock_timestamp() + make_interval(secs => ?)) ON CONFLICT (account, model) DO UPDATE"
            + " SET next_start = greatest(r.next_start, clock_timestamp()) + make_interval(secs => ?)"
            + " RETURNING greatest(0, extract(epoch FROM (r.next_start - make_interval(secs => ?)"
            + " - clock_timestamp())))::float8";
    private static final String BACK_OFF = "INSERT INTO filmgen_quota_rate AS r (account, model, next_start)"
            + " VALUES (?, ?, clock_timestamp() + make_interval(secs => ?)) ON CONFLICT (account, model) DO UPDATE"
            + " SET next_start = greatest(r.next_start, excluded.next_start)";

    private QuotaRows() {
    }

    /** Makes sure slots 0 … {@code count - 1} exist for the account and model. */
    public static void ensureSlots(Connection c, String account, String model, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO filmgen_quota_slot (account, model, slot)"
                + " SELECT ?, ?, g FROM generate_series(0, ? - 1) g ON CONFLICT DO NOTHING")) {
            ps.setString(1, account);
            ps.setString(2, model);
            ps.setInt(3, count);
            ps.executeUpdate();
        }
    }

    /** Takes a free slot (or one whose lease ran out) below {@code limit} for {@code holder}; empty when none. */
    public static OptionalInt takeSlot(Connection c, String account, String model, int limit, String holder,
                                       Duration lease) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAKE_SLOT)) {
            ps.setString(1, holder);
            ps.setDouble(2, lease.toMillis() / 1000.0);
            ps.setString(3, account);
            ps.setString(4, model);
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    /** Frees a slot if {@code holder} still holds it. */
    public static void releaseSlot(Connection c, String account, String model, int slot, String holder)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE filmgen_quota_slot SET holder = NULL,"
                + " lease_until = NULL WHERE account = ? AND model = ? AND slot = ? AND holder = ?")) {
            ps.setString(1, account);
            ps.setString(2, model);
            ps.setInt(3, slot);
            ps.setString(4, holder);
            ps.executeUpdate();
        }
    }

    /** Extends the leases of the slots held by {@code holders}. */
    public static void renew(Connection c, List<String> holders, Duration lease) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE filmgen_quota_slot SET lease_until ="
                + " clock_timestamp() + make_interval(secs => ?) WHERE holder = ANY (?)")) {
            ps.setDouble(1, lease.toMillis() / 1000.0);
            ps.setArray(2, c.createArrayOf("varchar", holders.toArray()));
            ps.executeUpdate();
        }
    }

    /** Reserves the next start {@code spacing} after the last one; returns the wait until it, in nanoseconds. */
    public static long reserveStart(Connection c, String account, String model, Duration spacing)
            throws SQLException {
        double secs = spacing.toNanos() / 1e9;
        try (PreparedStatement ps = c.prepareStatement(RESERVE)) {
            ps.setString(1, account);
            ps.setString(2, model);
            ps.setDouble(3, secs);
            ps.setDouble(4, secs);
            ps.setDouble(5, secs);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Math.round(rs.getDouble(1) * 1e9);
            }
        }
    }

    /** No start before {@code pause} from now. */
    public static void backOff(Connection c, String account, String model, Duration pause) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BACK_OFF)) {
            ps.setString(1, account);
            ps.setString(2, model);
            ps.setDouble(3, pause.toMillis() / 1000.0);
            ps.executeUpdate();
        }
    }
}
