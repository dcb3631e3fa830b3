package dev.filmgen.intent;

import java.util.Objects;

/**
 * What the user sent in one turn.
 *
 * @param text the text (may be empty when only a type is given)
 * @param type an explicit stage name ({@code "Storyboard"}), {@code "NextStage"}, {@code "RepeatStage"},
 *             or null/{@code "message"} to let the classifier decide
 * @param imageUrl a product photo URL or path sent with the message, or null
 */
public record UserMessage(String text, String type, String imageUrl) {
    public UserMessage {
        Objects.requireNonNull(text, "text");
    }

    public static UserMessage of(String text) {
        return new UserMessage(text, null, null);
    }
}
