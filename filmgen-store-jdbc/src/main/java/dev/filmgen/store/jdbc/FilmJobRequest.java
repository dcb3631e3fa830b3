package dev.filmgen.store.jdbc;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.SessionIds;

/**
 * What a film job asks of the agent: a whole film from a topic (a new-topic turn, then make-the-film), or one
 * conversation turn (a message, as the service receives it).
 *
 * @param kind which of the two
 * @param sessionId the session the job works on
 * @param text the topic ({@link Kind#FILM}) or the message text ({@link Kind#MESSAGE})
 * @param imageUrl a product photo (http(s) URL or file path), or null
 * @param messageType a message's {@code type} (a stage name, {@code NextStage}…), or null
 */
public record FilmJobRequest(Kind kind, String sessionId, String text, String imageUrl, String messageType) {

    /** The two kinds of job. */
    public enum Kind { FILM, MESSAGE }

    public FilmJobRequest {
        if (kind == null) {
            throw new InvalidInputException("a film job needs a kind (FILM or MESSAGE)");
        }
        SessionIds.validate(sessionId);
        if (text == null || (kind == Kind.FILM && text.isBlank())) {
            throw new InvalidInputException(kind == Kind.FILM ? "a film job needs a topic: describe the product"
                    : "a message job needs the message text");
        }
    }

    /** A whole film of {@code topic}, optionally featuring the product photo at {@code imageUrl}. */
    public static FilmJobRequest film(String sessionId, String topic, String imageUrl) {
        return new FilmJobRequest(Kind.FILM, sessionId, topic, imageUrl, null);
    }

    /** One conversation turn. */
    public static FilmJobRequest message(String sessionId, UserMessage message) {
        if (message == null) {
            throw new InvalidInputException("message is missing");
        }
        return new FilmJobRequest(Kind.MESSAGE, sessionId, message.text(), message.imageUrl(), message.type());
    }

    /** The message of a {@link Kind#MESSAGE} job. */
    public UserMessage userMessage() {
        return new UserMessage(text, messageType, imageUrl);
    }
}
