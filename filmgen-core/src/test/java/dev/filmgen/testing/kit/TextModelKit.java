package dev.filmgen.testing.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of {@link TextModel}: the answer arrives whole and as ordered deltas that add up to it, a
 * failing listener costs nothing, usage is never negative, and concurrent requests never mix. The subclass supplies
 * the port and the model name; a remote port's test also implements {@link RemoteModelKit} with its local fake.
 *
 * <pre>{@code
 * class MyTextModelKitTest extends TextModelKit {
 *     protected TextModel model() { return new MyTextModel(); }
 *     protected String modelName() { return "my-model"; }
 * }
 * }</pre>
 */
public abstract class TextModelKit {

    /** The port under test. */
    protected abstract TextModel model();

    /** The model name requests carry. */
    protected abstract String modelName();

    /**
     * A request the port can answer; by default what the built-in Script stage sends for an English topic
     * (purpose {@code Script}, attributes {@code topic} and {@code language}). {@code n} varies the topic.
     */
    protected TextRequest request(int n) {
        String topic = n == 0 ? "a steel thermos that keeps tea hot" : "a steel thermos, edition " + n;
        return new TextRequest(modelName(), List.of(
                ChatMessage.system("You write short advertising scripts. Answer in JSON."),
                ChatMessage.user("Write an ad script for: " + topic)),
                0.7, 7L, 800, "Script", Map.of("topic", topic, "language", "en", "max_boards", "3",
                        "max_roles", "2"));
    }

    /** One ordinary call; {@link RemoteModelKit} uses it. */
    public void callOnce() {
        model().chat(request(0));
    }

    @Test
    void theAnswerIsWholeAndItsDeltasAddUpToItInOrder() {
        List<String> deltas = new ArrayList<>();

        TextResponse r = model().chat(request(0), deltas::add);

        assertNotNull(r.text());
        assertFalse(r.text().isBlank(), "an answer");
        assertFalse(deltas.isEmpty(), "the answer is streamed as deltas");
        assertEquals(r.text(), String.join("", deltas), "the deltas, in order, are the answer");
    }

    @Test
    void aListenerThatThrowsDoesNotCostTheAnswer() {
        TextResponse r = model().chat(request(0), d -> {
            throw new IllegalStateException("a listener bug");
        });

        assertFalse(r.text().isBlank());
    }

    @Test
    void theCallWithoutAListenerAnswersToo() {
        assertFalse(model().chat(request(0)).text().isBlank());
    }

    @Test
    void usageIsReportedAndNeverNegative() {
        TextResponse r = model().chat(request(0));

        assertNotNull(r.usage(), "Usage.NONE when the provider reports none");
        assertTrue(r.usage().inputTokens() >= 0 && r.usage().outputTokens() >= 0, r.usage().toString());
    }

    @Test
    void concurrentRequestsEachGetTheirOwnWholeAnswer() throws Exception {
        List<List<String>> deltas = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deltas.add(Collections.synchronizedList(new ArrayList<>()));
        }

        List<TextResponse> answers = Concurrently.run(3, i -> model().chat(request(i), deltas.get(i)::add));

        for (int i = 0; i < 3; i++) {
            assertFalse(answers.get(i).text().isBlank());
            assertEquals(answers.get(i).text(), String.join("", deltas.get(i)), "request " + i + "'s deltas");
        }
    }
}
