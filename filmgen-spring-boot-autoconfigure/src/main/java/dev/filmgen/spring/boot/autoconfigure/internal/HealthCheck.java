package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.model.ModelSet;
import dev.filmgen.session.SessionStore;
import dev.filmgen.storage.Storage;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code filmgen} health, whichever Actuator line shows it: the artifact storage takes a write (a 2-byte probe
 * object, written and deleted), the session store answers a read, the database answers (with
 * {@code filmgen.store=jdbc}), and a model provider is configured. Down when any of them fails; the details say
 * what was seen.
 */
public final class HealthCheck {
    /** The key of the storage probe object. */
    public static final String PROBE_KEY = "health/probe.txt";
    private static final String PROBE_SESSION = "filmgen-health-probe";
    private final Storage storage;
    private final SessionStore sessions;
    private final ModelSet models;
    private final String provider;
    private final DatabaseProbe database;

    /**
     * @param provider {@code dashscope}, {@code offline} or {@code custom}
     * @param database the sessions' database, or null when sessions are not kept in one
     */
    public HealthCheck(Storage storage, SessionStore sessions, ModelSet models, String provider,
                       DatabaseProbe database) {
        this.storage = storage;
        this.sessions = sessions;
        this.models = models;
        this.provider = provider;
        this.database = database;
    }

    /**
     * What one check saw.
     *
     * @param up whether every part answered
     * @param details what each part answered, in a stable order
     */
    public record Report(boolean up, Map<String, Object> details) {
        public Report {
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }
    }

    /** Runs the check; never throws. */
    public Report run() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        try {
            storage.put(PROBE_KEY, "ok".getBytes(StandardCharsets.UTF_8), "text/plain");
            storage.delete(PROBE_KEY);
            details.put("storage", "writable");
        } catch (RuntimeException e) {
            up = false;
            details.put("storage", "not writable: " + e.getMessage());
        }
        try {
            sessions.load(PROBE_SESSION);
            details.put("sessions", "reachable");
        } catch (RuntimeException e) {
            up = false;
            details.put("sessions", "unreachable: " + e.getMessage());
        }
        if (database != null) {
            DatabaseProbe.Result db = database.check();
            up &= db.up();
            details.put("database", Map.of("status", db.up() ? "up" : "down", "detail", String.valueOf(db.detail()),
                    "millis", db.millis()));
        }
        boolean complete = models != null && models.text() != null && models.image() != null
                && models.video() != null && models.speech() != null;
        details.put("provider", complete ? provider : "not configured");
        return new Report(up && complete, details);
    }
}
