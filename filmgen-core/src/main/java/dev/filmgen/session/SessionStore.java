package dev.filmgen.session;

import java.util.List;
import java.util.Optional;

/**
 * Keeps sessions across turns and restarts. Implementations validate ids as {@link SessionIds} does (letters,
 * digits, {@code -_.}, at most 128 characters, never {@code .} or {@code ..}) with an
 * {@link dev.filmgen.error.InvalidInputException} in every method, and must be thread-safe. A loaded session
 * equals the saved one in every field.
 *
 * <p>The contract kit {@code dev.filmgen.testing.kit.SessionStoreKit} (in the {@code filmgen-core} test-jar)
 * checks all of this; run it for your own implementation.
 */
public interface SessionStore {
    /** The stored session, or empty. */
    Optional<FilmSession> load(String id);

    /**
     * Saves {@code session} if the stored version still equals {@code session.version()} (0 for a new
     * one, so a deleted session is not brought back by a stale save) and returns it with the version
     * incremented; otherwise throws {@link dev.filmgen.error.SessionConflictException} naming the session and
     * changes nothing. Of several concurrent saves of one version exactly one wins, across every instance that
     * shares the same data.
     */
    FilmSession save(FilmSession session);

    /** Deletes a session; returns whether it existed. */
    boolean delete(String id);

    /** Ids of all stored sessions, in {@link String#compareTo} order. */
    List<String> list();
}
