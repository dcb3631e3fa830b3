package dev.filmgen.spring.boot.autoconfigure.actuate;

import dev.filmgen.model.ModelSet;
import dev.filmgen.session.SessionStore;
import dev.filmgen.storage.Storage;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code filmgen} health: the artifact storage takes a write (a 2-byte probe object, written and deleted), the
 * session store answers a read, and a model provider is configured. DOWN when storage or sessions fail; the details
 * name the provider ({@code dashscope}, {@code offline} or {@code custom}) and what failed.
 */
public class FilmgenHealthIndicator extends AbstractHealthIndicator {
    /** The key of the storage probe object. */
    public static final String PROBE_KEY = "health/probe.txt";
    private static final String PROBE_SESSION = "filmgen-health-probe";
    private final Storage storage;
    private final SessionStore sessions;
    private final ModelSet models;
    private final String provider;

    /**
     * @param provider {@code dashscope}, {@code offline} or {@code custom}
     */
    public FilmgenHealthIndicator(Storage storage, SessionStore sessions, ModelSet models, String provider) {
        super("filmgen health check failed");
        this.storage = storage;
        this.sessions = sessions;
        this.models = models;
        this.provider = provider;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean up = true;
        try {
            storage.put(PROBE_KEY, "ok".getBytes(StandardCharsets.UTF_8), "text/plain");
            storage.delete(PROBE_KEY);
            builder.withDetail("storage", "writable");
        } catch (RuntimeException e) {
            up = false;
            builder.withDetail("storage", "not writable: " + e.getMessage());
        }
        try {
            sessions.load(PROBE_SESSION);
            builder.withDetail("sessions", "reachable");
        } catch (RuntimeException e) {
            up = false;
            builder.withDetail("sessions", "unreachable: " + e.getMessage());
        }
        boolean complete = models != null && models.text() != null && models.image() != null && models.video() != null
                && models.speech() != null;
        builder.withDetail("provider", complete ? provider : "not configured");
        if (!complete) {
            up = false;
        }
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
