package dev.filmgen.dashscope;

import com.alibaba.dashscope.aigc.generation.Generation;
import com.alibaba.dashscope.aigc.generation.GenerationParam;
import com.alibaba.dashscope.aigc.generation.GenerationResult;
import com.alibaba.dashscope.aigc.generation.GenerationUsage;
import com.alibaba.dashscope.common.Message;
import dev.filmgen.dashscope.internal.ClientSettings;
import dev.filmgen.dashscope.internal.DashScopeErrors;
import dev.filmgen.dashscope.internal.Options;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streamed chat with Qwen models ({@code qwen-max}…) on the native text-generation API: incremental SSE
 * output, each delta forwarded in arrival order, token usage from the last event.
 */
public final class DashScopeTextModel implements TextModel, CatalogFacts {
    private static final Logger LOG = LoggerFactory.getLogger(DashScopeTextModel.class);
    private final ClientSettings settings;
    private final DashScopeErrors errors;

    DashScopeTextModel(ClientSettings settings) {
        this.settings = settings;
        this.errors = new DashScopeErrors(settings);
    }

    @Override
    public DashScopeRegion region() {
        return settings.region();
    }

    @Override
    public TextResponse chat(TextRequest request, Consumer<String> deltas) {
        String what = request.model() + " chat" + (request.purpose() == null ? "" : " for " + request.purpose());
        List<Message> messages = request.messages().stream()
                .map(m -> Message.builder().role(m.role().name().toLowerCase(Locale.ROOT)).content(m.text()).build())
                .collect(Collectors.toList());
        GenerationParam param = GenerationParam.builder()
                .apiKey(settings.apiKey()).model(request.model()).messages(messages)
                .resultFormat(GenerationParam.ResultFormat.MESSAGE).incrementalOutput(true)
                .temperature(request.temperature() == null ? null : request.temperature().floatValue())
                .seed(Options.seed(request.seed())).maxTokens(request.maxTokens())
                .build();
        StringBuilder answer = new StringBuilder();
        GenerationUsage[] usage = new GenerationUsage[1];
        int[] events = new int[1];
        try {
            new Generation("http", settings.baseUrl(), settings.connectionOptions()).streamCall(param)
                    .blockingForEach(result -> {
                        events[0]++;
                        String delta = delta(result);
                        if (delta != null && !delta.isEmpty()) {
                            answer.append(delta);
                            forward(deltas, delta);
                        }
                        if (result.getUsage() != null) {
                            usage[0] = result.getUsage();
                        }
                    });
        } catch (Exception e) {
            throw errors.map(what, e);
        }
        if (events[0] == 0) {
            throw errors.malformed(what, "the stream ended without any event", null);
        }
        return new TextResponse(answer.toString(), usage[0] == null ? Usage.NONE
                : new Usage(orZero(usage[0].getInputTokens()), orZero(usage[0].getOutputTokens())));
    }

    private static String delta(GenerationResult result) {
        if (result.getOutput() == null) {
            return null;
        }
        if (result.getOutput().getChoices() != null && !result.getOutput().getChoices().isEmpty()) {
            var choice = result.getOutput().getChoices().get(0);
            return choice.getMessage() == null ? null : choice.getMessage().getContent();
        }
        return result.getOutput().getText();
    }

    private static void forward(Consumer<String> deltas, String delta) {
        try {
            deltas.accept(delta);
        } catch (FilmgenException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("A text delta listener failed; the stream goes on", e);
        }
    }

    private static long orZero(Integer v) {
        return v == null ? 0 : v;
    }
}
