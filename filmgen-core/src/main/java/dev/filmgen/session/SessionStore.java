package dev.filmgen.session;

import java.util.List;
import java.util.Optional;

/**
 * Keeps sessions across turns and restarts. Implementations validate ids (letters, digits,
 * {@code -_.}, at most 128 characters, no path traversal) with an
 * {@link dev.filmgen.error.InvalidInputException}, and must be thread-safe.
 */
public interface SessionStore {
    /** The stored session, or empty. */
    Optional<FilmSession> load(String id);

    /**
     * Saves {@code session} if the stored version still equals {@code session.version()} (0 for a new
     * one) and returns it with the version incremented; otherwise throws
     * {@link dev.filmgen.error.SessionConflictException}.
     */
    FilmSession save(FilmSession session);

    /** Deletes a session; returns whether it existed. */
    boolean delete(String id);

    /** Ids of all stored sessions. */
    List<String> list();
}
