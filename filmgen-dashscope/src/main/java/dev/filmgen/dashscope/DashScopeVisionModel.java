package dev.filmgen.dashscope;

import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversation;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationParam;
import com.alibaba.dashscope.aigc.multimodalconversation.MultiModalConversationResult;
import com.alibaba.dashscope.common.MultiModalMessage;
import dev.filmgen.dashscope.internal.ClientSettings;
import dev.filmgen.dashscope.internal.DashScopeErrors;
import dev.filmgen.dashscope.internal.MediaUrls;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import java.util.List;
import java.util.Map;

/**
 * Picture descriptions from {@code qvq-max} (streaming only): the reasoning the model streams first is
 * dropped, the answer text is kept.
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
        String what = request.model() + " picture description";
        String image = MediaUrls.forService(request.image(), settings.maxInlineBytes(), what);
        MultiModalMessage message = MultiModalMessage.builder().role("user")
                .content(List.of(Map.of("image", image), Map.of("text", request.question()))).build();
        MultiModalConversationParam param = MultiModalConversationParam.builder()
                .apiKey(settings.apiKey()).model(request.model()).message(message).incrementalOutput(true).build();
        StringBuilder answer = new StringBuilder();
        int[] events = new int[1];
        try {
            new MultiModalConversation("http", settings.baseUrl(), settings.connectionOptions()).streamCall(param)
                    .blockingForEach(r -> {
                        events[0]++;
                        answer.append(text(r));
                    });
        } catch (Exception e) {
            throw errors.map(what, e);
        }
        if (events[0] == 0) {
            throw errors.malformed(what, "the stream ended without any event", null);
        }
        return answer.toString().trim();
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
}
