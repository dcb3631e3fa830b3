package dev.filmgen.intent;

import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import java.util.Optional;

/**
 * The default, offline {@link Classifier}: keyword and pattern rules for Chinese and English. It knows
 * every stage by name or paraphrase, "next", "again", "make the whole film", and edits that target one
 * board, frame, camera move, role, line or the script. Explicit message types are read by
 * {@link UserMessage#explicitIntent()}. Stateless and thread-safe.
 */
public final class RuleClassifier implements Classifier {

    @Override
    public Intent classify(UserMessage message, FilmSession session) {
        Optional<Intent> explicit = message.explicitIntent();
        return explicit.isPresent() ? explicit.get() : classifyText(message, session);
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
