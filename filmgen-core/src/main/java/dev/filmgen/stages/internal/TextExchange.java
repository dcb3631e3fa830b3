package dev.filmgen.stages.internal;

import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.handler.StageContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One text stage's conversation with its model: ask, parse, and on an answer that cannot be parsed or
 * is incomplete ask exactly once more (attribute {@code repair=true}, a user message naming the
 * problem); a second bad answer becomes a {@link StageFailedException} naming the stage, board and field.
 */
public final class TextExchange {

    /** Turns an answer into a result or throws an {@link AnswerProblem}. */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * @param answer the model's whole answer
         * @param repaired whether this is the answer to the repair request (the last chance)
         */
        T parse(String answer, boolean repaired);
    }

    private TextExchange() {
    }

    /**
     * Runs the exchange.
     *
     * @param template the prompt template name (sections {@code system} and {@code user})
     * @param input the stage's typed input: the template's values and the request attributes
     */
    public static <T> T ask(StageContext ctx, String template, TextInput input, Parser<T> parser) {
        Map<String, String> values = input.promptValues();
        Map<String, String> attributes = input.attributes();
        String language = ctx.language();
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(Prompts.fill(template, language, "system", values)));
        messages.add(ChatMessage.user(Prompts.fill(template, language, "user", values)));
        String first = answer(ctx, messages, attributes);
        AnswerProblem problem;
        try {
            return parser.parse(first, false);
        } catch (AnswerProblem p) {
            problem = p;
        }
        ctx.notice(ctx.stage() + ": the model's answer was not usable (" + describe(problem)
                + "); asking it once more");
        messages.add(ChatMessage.assistant(first));
        messages.add(ChatMessage.user(Prompts.fill("internal/repair", language, "user",
                Map.of("problem", describe(problem)))));
        Map<String, String> repairAttributes = new LinkedHashMap<>(attributes);
        repairAttributes.put("repair", "true");
        String second = answer(ctx, messages, repairAttributes);
        try {
            return parser.parse(second, true);
        } catch (AnswerProblem p) {
            throw new StageFailedException(ctx.stage(), p.board(),
                    describe(p) + " (still wrong after one repair request)", p);
        }
    }

    /** The problem in words, naming the field when known. */
    public static String describe(AnswerProblem p) {
        String field = p.field() == null || p.getMessage().contains("\"" + p.field() + "\"")
                ? "" : " [field \"" + p.field() + "\"]";
        return p.getMessage() + field;
    }

    private static String answer(StageContext ctx, List<ChatMessage> messages, Map<String, String> attributes) {
        ctx.checkCancelled();
        TextRequest request = new TextRequest(ctx.settings().model(), messages, null, ctx.config().seed(), null,
                ctx.stage().wireName(), attributes);
        TextResponse response = ctx.chat(request);
        return response == null || response.text() == null ? "" : response.text();
    }
}
