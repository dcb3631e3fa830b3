package dev.filmgen.session;

import java.time.Instant;

/**
 * One exchange of the conversation, kept for context and for the user's history.
 *
 * @param at when the turn started
 * @param user what the user said (text)
 * @param intent what filmgen understood (for example {@code RUN Storyboard}, {@code EDIT board 2 narration})
 * @param reply the assistant's closing message
 */
public record Turn(Instant at, String user, String intent, String reply) {
}
