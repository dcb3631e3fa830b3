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
}
