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
 * @param settings per-film settings for the host to pick an agent by ({@link Settings#NONE} for the defaults)
 */
public record FilmJobRequest(Kind kind, String sessionId, String text, String imageUrl, String messageType,
                             Settings settings) {

    /** The two kinds of job. */
    public enum Kind { FILM, MESSAGE }

    /**
     * Settings of one film that differ from the agent's config (a batch row's columns); null fields mean "the
     * config's". {@code JdbcFilmJobs.Builder.agents} maps them to an agent.
     *
     * @param boards most boards
     * @param roles most characters
     * @param aspect {@code 16:9}, {@code 9:16} or {@code 1:1}
     * @param seed seed
     */
    public record Settings(Integer boards, Integer roles, String aspect, Long seed) {
        /** No overrides. */
        public static final Settings NONE = new Settings(null, null, null, null);
    }

    public FilmJobRequest {
        if (kind == null) {
            throw new InvalidInputException("a film job needs a kind (FILM or MESSAGE)");
        }
        SessionIds.validate(sessionId);
        settings = settings == null ? Settings.NONE : settings;
        if (text == null || (kind == Kind.FILM && text.isBlank())) {
            throw new InvalidInputException(kind == Kind.FILM ? "a film job needs a topic: describe the product"
                    : "a message job needs the message text");
        }
    }

    /** A whole film of {@code topic}, optionally featuring the product photo at {@code imageUrl}. */
    public static FilmJobRequest film(String sessionId, String topic, String imageUrl) {
        return new FilmJobRequest(Kind.FILM, sessionId, topic, imageUrl, null, Settings.NONE);
    }

    /** The same request with per-film settings. */
    public FilmJobRequest withSettings(Settings s) {
        return new FilmJobRequest(kind, sessionId, text, imageUrl, messageType, s);
    }

    /** One conversation turn. */
    public static FilmJobRequest message(String sessionId, UserMessage message) {
        if (message == null) {
            throw new InvalidInputException("message is missing");
        }
        return new FilmJobRequest(Kind.MESSAGE, sessionId, message.text(), message.imageUrl(), message.type(),
                Settings.NONE);
    }

    /** The message of a {@link Kind#MESSAGE} job. */
    public UserMessage userMessage() {
        return new UserMessage(text, messageType, imageUrl);
    }
}
