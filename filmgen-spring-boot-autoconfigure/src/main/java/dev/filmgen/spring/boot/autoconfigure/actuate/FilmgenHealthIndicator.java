package dev.filmgen.spring.boot.autoconfigure.actuate;

import dev.filmgen.model.ModelSet;
import dev.filmgen.session.SessionStore;
import dev.filmgen.spring.boot.autoconfigure.internal.HealthCheck;
import dev.filmgen.storage.Storage;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code filmgen} health on Spring Boot 3 Actuator: the artifact storage takes a write (a 2-byte probe object,
 * written and deleted), the session store answers a read, the database answers (with {@code filmgen.store=jdbc};
 * detail {@code database}: status, server version, milliseconds), and a model provider is configured. DOWN when any
 * fails; the details name the provider ({@code dashscope}, {@code offline} or {@code custom}) and what failed.
 */
public class FilmgenHealthIndicator extends AbstractHealthIndicator {
    /** The key of the storage probe object. */
    public static final String PROBE_KEY = HealthCheck.PROBE_KEY;
    private final HealthCheck check;

    /**
     * @param provider {@code dashscope}, {@code offline} or {@code custom}
     */
    public FilmgenHealthIndicator(Storage storage, SessionStore sessions, ModelSet models, String provider) {
        this(new HealthCheck(storage, sessions, models, provider, null));
    }

    /** The indicator of {@code check}. */
    public FilmgenHealthIndicator(HealthCheck check) {
        super("filmgen health check failed");
        this.check = check;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        HealthCheck.Report report = check.run();
        builder.withDetails(report.details());
        if (report.up()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
