package dev.filmgen.session;

import dev.filmgen.error.SessionConflictException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link SessionStore} in process memory: fast, thread-safe, lost on restart. The default of {@code FilmAgent}. */
public final class InMemorySessionStore implements SessionStore {
    private final ConcurrentMap<String, FilmSession> sessions = new ConcurrentHashMap<>();

    @Override
    public Optional<FilmSession> load(String id) {
        return Optional.ofNullable(sessions.get(SessionIds.validate(id)));
    }

    @Override
    public FilmSession save(FilmSession session) {
        Objects.requireNonNull(session, "session");
        String id = SessionIds.validate(session.id());
        return sessions.compute(id, (k, stored) -> {
            long storedVersion = stored == null ? 0 : stored.version();
            if (storedVersion != session.version()) {
                throw new SessionConflictException("session " + id + " was saved by another turn (stored version "
                        + storedVersion + ", this turn has " + session.version() + ")");
            }
            return session.toBuilder().version(session.version() + 1).build();
        });
    }

    @Override
    public boolean delete(String id) {
        return sessions.remove(SessionIds.validate(id)) != null;
    }

    @Override
    public List<String> list() {
        List<String> ids = new ArrayList<>(sessions.keySet());
        Collections.sort(ids);
        return ids;
    }
}
