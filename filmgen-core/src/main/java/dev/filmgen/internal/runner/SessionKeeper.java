package dev.filmgen.internal.runner;

import dev.filmgen.session.FilmSession;
import dev.filmgen.session.SessionStore;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * The one current copy of a session during a turn. Updates from parallel items are applied one at a
 * time and saved at once, so a crash loses at most the items still running.
 */
public final class SessionKeeper {
    private final SessionStore store;
    private final Clock clock;
    private FilmSession current;

    public SessionKeeper(SessionStore store, Clock clock, FilmSession start) {
        this.store = store;
        this.clock = clock;
        this.current = start;
    }

    public synchronized FilmSession current() {
        return current;
    }

    /** Applies {@code change}, saves the result (optimistic version check) and returns it. */
    public synchronized FilmSession update(UnaryOperator<FilmSession.Builder> change) {
        FilmSession.Builder b = current.toBuilder();
        b = change.apply(b);
        b.updatedAt(clock.instant());
        current = store.save(b.build());
        return current;
    }
}
