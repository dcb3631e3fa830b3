package dev.filmgen.intent;

import dev.filmgen.session.FilmSession;

/** Decides what a user message asks for, given the session so far. Implementations must be thread-safe. */
@FunctionalInterface
public interface Classifier {
    Intent classify(UserMessage message, FilmSession session);
}
