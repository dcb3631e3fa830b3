package dev.filmgen.intent;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.Optional;

/**
 * The default, offline {@link Classifier}: keyword and pattern rules for Chinese and English. It knows
 * every stage by name or paraphrase, "next", "again", "make the whole film", and edits that target one
 * board, frame, camera move, role, line or the script. Stateless and thread-safe.
 */
public final class RuleClassifier implements Classifier {

    /** The message type that lets the classifier read the text. */
    public static final String MESSAGE = "message";
    /** The demo's control type: run the stage after the highest completed one. */
    public static final String NEXT_STAGE = "NextStage";
    /** The demo's control type: re-run the highest completed stage. */
    public static final String REPEAT_STAGE = "RepeatStage";

    /**
     * Whether {@code type} is a message type filmgen accepts: null, blank, {@code message}, a stage name,
     * {@code NextStage} or {@code RepeatStage}.
     */
    public static boolean isKnownType(String type) {
        return type == null || type.isBlank() || type.equalsIgnoreCase(MESSAGE) || type.equals(NEXT_STAGE)
                || type.equals(REPEAT_STAGE) || Stage.parse(type).isPresent();
    }

    @Override
    public Intent classify(UserMessage message, FilmSession session) {
        String type = message.type();
        if (type == null || type.isBlank() || type.equalsIgnoreCase(MESSAGE)) {
            return classifyText(message, session);
        }
        if (type.equals(NEXT_STAGE)) {
            return new Intent.Next();
        }
        if (type.equals(REPEAT_STAGE)) {
            return new Intent.Repeat();
        }
        Stage stage = Stage.parse(type).orElseThrow(() -> new InvalidInputException("unknown message type '"
                + type + "': expected a stage name (Topic … Film), NextStage, RepeatStage or message"));
        if (stage == Stage.TOPIC) {
            if (message.text().isBlank()) {
                throw new InvalidInputException("a Topic message needs the product theme as its text");
            }
            return new Intent.NewTopic(message.text().strip(), message.imageUrl());
        }
        return new Intent.RunStage(stage);
    }

    private Intent classifyText(UserMessage message, FilmSession session) {
        String original = message.text().strip();
        String text = Words.normalise(original);
        boolean zh = Words.isChinese(original);
        if (text.isEmpty()) {
            return new Intent.Chat(Replies.help(zh, session.topic() != null));
        }
        String newTopic = Words.first(text, Lexicon.NEW_TOPIC);
        if (newTopic != null) {
            String rest = original.substring(Math.min(original.length(), text.indexOf(newTopic) + newTopic.length()))
                    .replaceAll("^[\\s:：,，是为]+", "").strip();
            return rest.isEmpty() ? new Intent.Chat(Replies.askTopic(zh)) : new Intent.NewTopic(rest, message.imageUrl());
        }
        if (session.topic() == null) {
            return isCommand(text) ? new Intent.Chat(Replies.askTopic(zh))
                    : new Intent.NewTopic(original, message.imageUrl());
        }
        if (Words.any(text, Lexicon.MAKE_FILM)) {
            return new Intent.MakeFilm();
        }
        boolean again = Words.any(text, Lexicon.AGAIN);
        Optional<Intent> targeted = EditParser.parse(original, text, session, again);
        if (targeted.isPresent()) {
            return targeted.get();
        }
        if (again) {
            return new Intent.Repeat();
        }
        Optional<Stage> stage = stageNamed(text);
        if (stage.isPresent() && stage.get() != Stage.TOPIC) {
            return Words.any(text, Lexicon.DISSATISFIED) ? new Intent.Regenerate(stage.get(), -1)
                    : new Intent.RunStage(stage.get());
        }
        if (Words.any(text, Lexicon.NEXT)) {
            return new Intent.Next();
        }
        return new Intent.Chat(Replies.help(zh, true));
    }

    /** The stage a sentence names, most specific match first. */
    static Optional<Stage> stageNamed(String text) {
        for (Lexicon.StageWords sw : Lexicon.STAGES) {
            if (Words.any(text, sw.words())) {
                return Optional.of(sw.stage());
            }
        }
        return Optional.empty();
    }

    /** A short sentence that asks for an action ("写个脚本", "next", "一键成片") rather than naming a product. */
    private static boolean isCommand(String text) {
        if (Words.any(text, Lexicon.MAKE_FILM) || Words.any(text, Lexicon.NEXT) || Words.any(text, Lexicon.AGAIN)) {
            return true;
        }
        boolean shortText = Words.isChinese(text) ? text.length() <= 12 : text.split("\\s+").length <= 6;
        return shortText && stageNamed(text).isPresent() && Words.any(text, Lexicon.ACTION);
    }
}
