package dev.filmgen.intent;

import dev.filmgen.error.FilmgenException;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.session.FilmSession;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Classifier} that asks a {@link TextModel} (purpose {@code "intent"}) for a small JSON answer,
 * validates it against the session (stage names, board range, role names, edit fields) and falls back
 * to another classifier, by default the {@link RuleClassifier}, when the answer is unusable or the model
 * fails. Explicit message types, and messages before the session has a topic (which can only start one), never
 * reach the model.
 */
public final class LlmClassifier implements Classifier {
    private static final Logger LOG = LoggerFactory.getLogger(LlmClassifier.class);

    private final TextModel model;
    private final String modelName;
    private final Classifier fallback;

    private LlmClassifier(Builder b) {
        this.model = b.model;
        this.modelName = b.modelName;
        this.fallback = b.fallback;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Intent classify(UserMessage message, FilmSession session) {
        if (!message.isFreeText() || message.text().isBlank() || session.topic() == null) {
            return fallback.classify(message, session);
        }
        try {
            String answer = model.chat(request(message, session)).text();
            Optional<Intent> intent = IntentJson.parse(answer, message, session);
            if (intent.isPresent()) {
                return intent.get();
            }
            LOG.info("intent model answer unusable, using the fallback classifier: {}", abbreviate(answer));
        } catch (FilmgenException e) {
            LOG.warn("intent model failed ({}), using the fallback classifier", e.getMessage());
        }
        return fallback.classify(message, session);
    }

    private TextRequest request(UserMessage message, FilmSession session) {
        List<ChatMessage> messages = List.of(
                ChatMessage.system(IntentJson.systemPrompt()),
                ChatMessage.user(IntentJson.context(session) + "\nUser message: " + message.text().strip()));
        return new TextRequest(modelName, messages, 0.0, null, 300, "intent",
                Map.of("language", dev.filmgen.intent.Words.isChinese(message.text()) ? "zh" : "en"));
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : (s.length() > 200 ? s.substring(0, 200) + "…" : s);
    }

    /** Builds an {@link LlmClassifier}. */
    public static final class Builder {
        private TextModel model;
        private String modelName = "qwen-max";
        private Classifier fallback = new RuleClassifier();

        private Builder() {
        }

        /** The chat model that classifies (required). */
        public Builder model(TextModel model) {
            this.model = model;
            return this;
        }

        /** The model name sent in the request; default {@code qwen-max}. */
        public Builder modelName(String modelName) {
            this.modelName = modelName;
            return this;
        }

        /** What decides when the model's answer is unusable; default a {@link RuleClassifier}. */
        public Builder fallback(Classifier fallback) {
            this.fallback = fallback;
            return this;
        }

        public LlmClassifier build() {
            Objects.requireNonNull(model, "model");
            if (modelName == null || modelName.isBlank()) {
                throw new IllegalArgumentException("modelName must not be blank");
            }
            Objects.requireNonNull(fallback, "fallback");
            return new LlmClassifier(this);
        }
    }
}
