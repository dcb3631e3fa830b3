package dev.filmgen.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.store.jdbc.internal.Db;
import dev.filmgen.store.jdbc.internal.Schema;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Everything filmgen keeps in PostgreSQL, on one data source: the session store with its task journal, the
 * account's model quotas shared by every instance, and the schema (film jobs: {@link JdbcFilmJobs}). Plug it into an agent with {@link #configure(FilmAgentBuilder)}; create the tables once at start
 * with {@link #migrate()}. Artifacts are not kept here: they go to the agent's {@code Storage}, which must be
 * shared (OSS) when instances run on several machines.
 */
public final class JdbcFilmBackend implements AutoCloseable {
    /** The JDBC URL variable ({@code jdbc:postgresql://host:5432/db}); without it the files stay the default. */
    public static final String URL_ENV = "FILMGEN_JDBC_URL";
    /** The database user variable. */
    public static final String USER_ENV = "FILMGEN_JDBC_USER";
    /** The database password variable (never logged). */
    public static final String PASSWORD_ENV = "FILMGEN_JDBC_PASSWORD";
    /** This instance's name in job rows and leases (e.g. the pod's name); host-pid-random without it. */
    public static final String INSTANCE_ENV = "FILMGEN_INSTANCE_ID";

    private final DataSource dataSource;
    private final boolean ownsDataSource;
    private final String instanceId;
    private final JdbcSessionStore sessions;
    private final String account;
    private final Duration quotaLease;
    private JdbcCallLimiter limiter;

    private JdbcFilmBackend(Builder b) {
        this.dataSource = b.dataSource;
        this.ownsDataSource = b.ownsDataSource;
        this.instanceId = b.instanceId != null ? b.instanceId : defaultInstanceId();
        this.sessions = JdbcSessionStore.create(dataSource);
        this.account = b.account;
        this.quotaLease = b.quotaLease;
    }

    /** A builder; the data source is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A backend on {@code dataSource} with the defaults. */
    public static JdbcFilmBackend create(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    /**
     * A backend on a connection pool of its own when {@link #URL_ENV} is set in {@code env} (with {@link #USER_ENV}
     * and {@link #PASSWORD_ENV}, and {@link #INSTANCE_ENV} naming this instance; the quota account is the
     * {@code DASHSCOPE_API_KEY}'s), closed with the backend; empty otherwise. Connects only when first used.
     */
    public static Optional<JdbcFilmBackend> fromEnv(Map<String, String> env) {
        String url = env.get(URL_ENV);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (!url.trim().startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException(URL_ENV + " must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.example.com:5432/filmgen, not one starting '"
                    + url.trim().substring(0, Math.min(16, url.trim().length())) + "'");
        }
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url.trim());
        c.setUsername(env.get(USER_ENV));
        c.setPassword(env.get(PASSWORD_ENV));
        c.setPoolName("filmgen-jdbc");
        c.setMaximumPoolSize(Integer.parseInt(env.getOrDefault("FILMGEN_JDBC_POOL_SIZE", "10")));
        c.setInitializationFailTimeout(-1);
        c.setConnectionTimeout(10_000);
        HikariDataSource ds = new HikariDataSource(c);
        String instance = env.get(INSTANCE_ENV);
        String key = env.get("DASHSCOPE_API_KEY");
        return Optional.of(builder().dataSource(ds).ownsDataSource(true)
                .instanceId(instance == null || instance.isBlank() ? null : instance.trim())
                .account(key == null || key.isBlank() ? "default" : key.trim()).build());
    }

    /** Creates or upgrades filmgen's tables (Flyway, history in {@code filmgen_schema_history}); safe to repeat. */
    public JdbcFilmBackend migrate() {
        Schema.migrate(dataSource);
        return this;
    }

    /**
     * Plugs the PostgreSQL parts into {@code builder}: the session store (with the task journal) and the call
     * limiter shared by every instance of the account ({@link #callLimiter()}).
     */
    public FilmAgentBuilder configure(FilmAgentBuilder builder) {
        return builder.sessionStore(sessions).callLimiter(callLimiter());
    }

    /** The account's model quotas shared through the database; made on first use, closed with the backend. */
    public synchronized JdbcCallLimiter callLimiter() {
        if (limiter == null) {
            limiter = new JdbcCallLimiter(this, account, quotaLease);
        }
        return limiter;
    }

    /** The session store. */
    public JdbcSessionStore sessionStore() {
        return sessions;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** This instance's name in leases and job rows: host, process id and a random suffix unless given. */
    public String instanceId() {
        return instanceId;
    }

    /** Asks the database a trivial question and says how it went. */
    public JdbcHealth health() {
        long t0 = System.nanoTime();
        try {
            String version = new Db(dataSource).auto("health check", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT current_setting('server_version')");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            return new JdbcHealth(true, "PostgreSQL " + version, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            return new JdbcHealth(false, e.getMessage(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Closes the connection pool when the backend made it ({@link #fromEnv}); a given data source stays open. */
    @Override
    public void close() {
        synchronized (this) {
            if (limiter != null) {
                limiter.close();
            }
        }
        if (ownsDataSource && dataSource instanceof AutoCloseable a) {
            try {
                a.close();
            } catch (Exception e) {
                // closing a pool does not fail in a way a caller could act on
            }
        }
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "host";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    }

    /** Builder of a {@link JdbcFilmBackend}; {@link #build()} checks and does no I/O. */
    public static final class Builder {
        private DataSource dataSource;
        private boolean ownsDataSource;
        private String instanceId;
        private String account = "default";
        private Duration quotaLease = Duration.ofSeconds(30);

        private Builder() {
        }

        /**
         * Whose quota the calls count against (default "default"): the provider's API key, or any name standing
         * for the account; only a hash of it is stored. Instances of one account share its quota.
         */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /** How long an in-flight slot outlives its instance (default 30 s); renewed every third of it. */
        public Builder quotaLease(Duration lease) {
            this.quotaLease = lease;
            return this;
        }

        /** The PostgreSQL data source (required); a pool such as HikariCP. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** Whether {@link JdbcFilmBackend#close()} closes the data source (default false). */
        public Builder ownsDataSource(boolean owns) {
            this.ownsDataSource = owns;
            return this;
        }

        /** This instance's name in leases and job rows (default host-pid-random); unique per process. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        public JdbcFilmBackend build() {
            if (dataSource == null) {
                throw new IllegalStateException("dataSource is required: a PostgreSQL DataSource, e.g. a HikariDataSource");
            }
            if (account == null || account.isBlank()) {
                throw new IllegalStateException("account must not be empty: the API key or a name of the account");
            }
            if (quotaLease == null || quotaLease.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalStateException("quotaLease must be at least 1 s, was " + quotaLease);
            }
            if (instanceId != null && (instanceId.isBlank() || instanceId.length() > 200)) {
                throw new IllegalStateException("instanceId must be 1 to 200 characters, was '" + instanceId + "'");
            }
            return new JdbcFilmBackend(this);
        }
    }
}
