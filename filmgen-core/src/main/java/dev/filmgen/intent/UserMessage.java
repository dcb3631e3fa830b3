package dev.filmgen.intent;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.stage.Stage;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user sent in one turn. It owns the explicit message types: {@link #explicitIntent()} is the one place
 * a type becomes an intent, for the agent and for every classifier.
 *
 * @param text the text (may be empty when only a type is given)
 * @param type an explicit stage name ({@code "Storyboard"}), {@code "NextStage"}, {@code "RepeatStage"},
 *             or null/{@code "message"} to let the classifier decide; case does not matter
 * @param imageUrl a product photo URL or path sent with the message, or null
 */
public record UserMessage(String text, String type, String imageUrl) {
    /** The message type that lets the classifier read the text. */
    public static final String MESSAGE = "message";
    /** The demo's control type: run the stage after the highest completed one. */
    public static final String NEXT_STAGE = "NextStage";
    /** The demo's control type: re-run the highest completed stage. */
    public static final String REPEAT_STAGE = "RepeatStage";

    public UserMessage {
        Objects.requireNonNull(text, "text");
    }

    public static UserMessage of(String text) {
        return new UserMessage(text, null, null);
    }

    /**
     * Whether {@code type} is a message type filmgen accepts: null, blank, {@code message}, a stage name,
     * {@code NextStage} or {@code RepeatStage}, in any case.
     */
    public static boolean isKnownType(String type) {
        return isFree(type) || type.strip().equalsIgnoreCase(NEXT_STAGE) || type.strip().equalsIgnoreCase(REPEAT_STAGE)
                || Stage.parse(type).isPresent();
    }

    /** Whether the message leaves the decision to a classifier: no type, a blank one, or {@code message}. */
    public boolean isFreeText() {
        return isFree(type);
    }

    /**
     * The intent the explicit type names; empty for free text.
     *
     * @throws InvalidInputException for an unknown type, or a {@code Topic} message without a theme
     */
    public Optional<Intent> explicitIntent() {
        if (isFreeText()) {
            return Optional.empty();
        }
        String t = type.strip();
        if (t.equalsIgnoreCase(NEXT_STAGE)) {
            return Optional.of(new Intent.Next());
        }
        if (t.equalsIgnoreCase(REPEAT_STAGE)) {
            return Optional.of(new Intent.Repeat());
        }
        Stage stage = Stage.parse(t).orElseThrow(() -> new InvalidInputException("unknown message type '" + type
                + "': expected a stage name (Topic … Film), NextStage, RepeatStage or message"));
        if (stage != Stage.TOPIC) {
            return Optional.of(new Intent.RunStage(stage));
        }
        if (text.isBlank()) {
            throw new InvalidInputException("a Topic message needs the product theme as its text");
        }
        return Optional.of(new Intent.NewTopic(text.strip(), imageUrl));
    }

    /**
     * What the user said, as a turn records it: the text, or the explicit type when the text is blank.
     */
    public String said() {
        return text.isBlank() && !isFreeText() ? type.strip() : text;
    }

    private static boolean isFree(String type) {
        return type == null || type.isBlank() || type.strip().equalsIgnoreCase(MESSAGE);
    }
}
