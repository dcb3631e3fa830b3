package dev.filmgen.intent;

import dev.filmgen.session.FilmSession;

/**
 * Decides what a free-text user message asks for, given the session so far ({@code FilmAgent} reads explicit
 * message types itself, with {@link UserMessage#explicitIntent()}). Implementations must be thread-safe.
 *
 * <p>Contract (checked by {@code dev.filmgen.testing.kit.ClassifierKit} in the {@code filmgen-core} test-jar): before
 * the session has a topic, a message describing a product is a {@link Intent.NewTopic} with the user's words and
 * photo; blank text is a {@link Intent.Chat}, never a new topic; any text gives a well-formed intent (a new topic
 * with words, an edit naming its field and its board or role, a chat with a reply) and never an exception. An
 * intent may name a board or role the session lacks: the runner then answers that it does not exist.
 */
@FunctionalInterface
public interface Classifier {
    Intent classify(UserMessage message, FilmSession session);
}
