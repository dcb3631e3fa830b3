package dev.filmgen.session;

import dev.filmgen.testing.kit.SessionStoreKit;

/**
 * The session-store kit under its old name, kept only until {@code filmgen-store-jdbc}'s test extends
 * {@link SessionStoreKit} directly.
 *
 * @deprecated extend {@link SessionStoreKit}
 */
@Deprecated(forRemoval = true)
public abstract class SessionStoreContract extends SessionStoreKit {
}
