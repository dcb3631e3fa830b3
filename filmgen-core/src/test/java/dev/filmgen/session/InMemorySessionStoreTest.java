package dev.filmgen.session;

import dev.filmgen.testing.kit.SessionStoreKit;

/** The in-memory store runs the session-store kit. */
class InMemorySessionStoreTest extends SessionStoreKit {
    @Override
    protected SessionStore store() {
        return new InMemorySessionStore();
    }
}
