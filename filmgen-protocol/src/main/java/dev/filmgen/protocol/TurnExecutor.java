package dev.filmgen.protocol;

import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.UserMessage;

/**
 * Runs one turn of a session for the service: decides what the message asks for, runs it, saves the
 * session and reports events to the listener. Normally a {@code FilmAgent}; tests use fakes.
 */
@FunctionalInterface
public interface TurnExecutor {
    /**
     * Runs the turn to its end. Throws a {@link dev.filmgen.error.FilmgenException} when the turn failed
     * (after saving what was made); returns normally when it succeeded.
     */
    void execute(String sessionId, UserMessage message, FilmListener listener);

    /**
     * Runs the turn under the service's request id (the response id its client sees), which failure messages name
     * and the server log carries. By default the id is not passed on.
     */
    default void execute(String sessionId, String requestId, UserMessage message, FilmListener listener) {
        execute(sessionId, message, listener);
    }
}
