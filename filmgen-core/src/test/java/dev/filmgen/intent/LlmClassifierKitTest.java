package dev.filmgen.intent;

import dev.filmgen.error.RetriableException;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.testing.kit.ClassifierKit;
import java.util.Locale;
import org.junit.jupiter.api.Nested;

/**
 * The LLM classifier keeps the classifier contract with a model that routes the documented commands but
 * hallucinates edits of boards and roles the session does not have, and with a model that always fails.
 */
class LlmClassifierKitTest extends ClassifierKit {
    /** Answers like a chat model that follows the prompt for plain commands and invents everything else. */
    private static final TextModel ROUTER = (request, deltas) -> {
        String said = request.messages().get(request.messages().size() - 1).text();
        String message = said.substring(said.lastIndexOf("User message:") + 13).strip().toLowerCase(Locale.ROOT);
        String answer;
        if (message.contains("一键成片") || message.contains("whole film")) {
            answer = "{\"intent\":\"make_film\"}";
        } else if (message.equals("next") || message.contains("下一步")) {
            answer = "```json\n{\"intent\": \"next\"}\n```";
        } else if (message.contains("分镜") && message.startsWith("生成")) {
            answer = "{\"intent\":\"run_stage\",\"stage\":\"Storyboard\"}";
        } else {
            answer = "{\"intent\":\"edit\",\"target\":\"board\",\"board\":42,\"role\":\"Nobody\",\"field\":\"narration\"}";
        }
        deltas.accept(answer);
        return new TextResponse(answer, Usage.NONE);
    };

    @Override
    protected Classifier classifier() {
        return LlmClassifier.builder().model(ROUTER).build();
    }

    /** The same contract when every model call fails: the fallback classifier answers. */
    @Nested
    class WhenTheModelFails extends ClassifierKit {
        @Override
        protected Classifier classifier() {
            return LlmClassifier.builder().model((request, deltas) -> {
                throw new RetriableException("the intent model is down");
            }).build();
        }
    }
}
