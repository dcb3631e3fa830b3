package dev.filmgen.dashscope;

import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversation;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationParam;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationResult;
import com.alibaba.dashscope.common.MultiModalMessage;
import dev.filmgen.dashscope.internal.ClientSettings;
import dev.filmgen.dashscope.internal.DashScopeErrors;
import dev.filmgen.dashscope.internal.MediaUrls;
import dev.filmgen.model.Billed;
import dev.filmgen.model.Units;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picture descriptions and judgements from Qwen vision models ({@code qvq-max}, streaming only; {@code qwen-vl-max}
 * and the other Qwen-VL models): the picture, then its references in order, then the question, in one user message.
 * The reasoning a model streams first is dropped, the answer text is kept; the token usage of the last event is
 * what the call billed.
 */
public final class DashScopeVisionModel implements VisionModel, CatalogFacts {
    private final ClientSettings settings;
    private final DashScopeErrors errors;

    DashScopeVisionModel(ClientSettings settings) {
        this.settings = settings;
        this.errors = new DashScopeErrors(settings);
    }

    @Override
    public DashScopeRegion region() {
        return settings.region();
    }

    @Override
    public String describe(VisionRequest request) {
        return describeBilled(request).value();
    }

    @Override
    public Billed<String> describeBilled(VisionRequest request) {
        String what = request.model() + " picture description";
        List<Map<String, Object>> content = new ArrayList<>();
        content.add(Map.of("image", MediaUrls.forService(request.image(), inlineChars(request.model()), what)));
        for (int i = 0; i < request.references().size(); i++) {
            content.add(Map.of("image", MediaUrls.forService(request.references().get(i), inlineChars(request.model()),
                    what + " reference " + (i + 1))));
        }
        content.add(Map.of("text", request.question()));
        MultiModalMessage message = MultiModalMessage.builder().role("user").content(content).build();
        MultiModalConversationParam param = MultiModalConversationParam.builder()
                .apiKey(settings.apiKey()).model(request.model()).message(message).incrementalOutput(true).build();
        StringBuilder answer = new StringBuilder();
        int[] events = new int[1];
        long[] tokens = new long[2];
        try {
            new MultiModalConversation("http", settings.baseUrl(), settings.connectionOptions()).streamCall(param)
                    .blockingForEach(r -> {
                        events[0]++;
                        answer.append(text(r));
                        if (r.getUsage() != null) {
                            tokens[0] = orZero(r.getUsage().getInputTokens());
                            tokens[1] = orZero(r.getUsage().getOutputTokens());
                        }
                    });
        } catch (Exception e) {
            throw errors.map(what, e);
        }
        if (events[0] == 0) {
            throw errors.malformed(what, "the stream ended without any event", null);
        }
        Units units = tokens[0] + tokens[1] == 0 ? Units.NONE : Units.tokens(tokens[0], tokens[1]);
        return new Billed<>(answer.toString().trim(), units);
    }

    private static long orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static String text(MultiModalConversationResult r) {
        StringBuilder sb = new StringBuilder();
        if (r.getOutput() != null && r.getOutput().getChoices() != null) {
            r.getOutput().getChoices().forEach(c -> {
                if (c.getMessage() != null && c.getMessage().getContent() != null) {
                    c.getMessage().getContent().forEach(part -> {
                        Object t = part.get("text");
                        if (t != null) {
                            sb.append(t);
                        }
                    });
                }
            });
        }
        return sb.toString();
    }

    /** Largest data URI for {@code model}: its documented limit, or the host's lower cap. */
    private long inlineChars(String model) {
        return Math.min(settings.maxInlineBytes(), DashScopeCatalog.inlineLimitOf(model));
    }
}
