package dev.filmgen.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.offline.internal.AdPlan;
import dev.filmgen.offline.internal.Lang;
import dev.filmgen.offline.internal.ShotWriter;
import dev.filmgen.offline.internal.StoryWriter;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A template copywriter: answers every built-in text stage ({@code docs/text-formats.md}) with well-formed JSON
 * in the topic's language, using product-category knowledge. Deterministic for a seed; needs no network. Each
 * stage's answer is written by the method named after it: {@code StoryWriter.script}, {@code storyboard},
 * {@code roleDescription}; {@code ShotWriter.firstFrameDescription}, {@code videoDescription}, {@code line}.
 */
public final class OfflineCopywriter implements TextModel {
    private static final String STAGES = "Script, Storyboard, RoleDescription, FirstFrameDescription, "
            + "VideoDescription, Line";

    private final long seed;

    /** A copywriter whose choices follow {@code seed} (a request's own {@code seed} attribute wins). */
    public OfflineCopywriter(long seed) {
        this.seed = seed;
    }

    @Override
    public TextResponse chat(TextRequest request, Consumer<String> deltas) {
        Objects.requireNonNull(request, "request");
        var attrs = request.attributes();
        String topic = attrs.getOrDefault("topic", lastUserText(request));
        Lang lang = Lang.of(attrs.get("language"), topic);
        AdPlan plan = new AdPlan(topic, attrs.get("product_insight"), lang, seedOf(request));
        String purpose = request.purpose() == null ? "" : request.purpose().strip();
        ObjectNode answer;
        switch (purpose) {
            case "Script":
                answer = new StoryWriter(plan, attrs).script();
                break;
            case "Storyboard":
                answer = new StoryWriter(plan, attrs).storyboard();
                break;
            case "RoleDescription":
                answer = new StoryWriter(plan, attrs).roleDescription();
                break;
            case "FirstFrameDescription":
                answer = new ShotWriter(plan, attrs).firstFrameDescription();
                break;
            case "VideoDescription":
                answer = new ShotWriter(plan, attrs).videoDescription();
                break;
            case "Line":
                answer = new ShotWriter(plan, attrs).line();
                break;
            default:
                throw new NonRetriableException("the offline copywriter cannot answer purpose '" + purpose
                        + "': it writes only the built-in text stages (" + STAGES + ")");
        }
        String text = answer.toPrettyString();
        stream(text, deltas);
        int in = request.messages().stream().mapToInt(m -> m.text().length()).sum();
        return new TextResponse(text, new Usage(in / 2, text.length() / 2));
    }

    /** Hands the answer over in a few deltas, as a streaming model would; a failing listener is ignored. */
    private static void stream(String text, Consumer<String> deltas) {
        int parts = 4;
        int step = Math.max(1, (text.length() + parts - 1) / parts);
        for (int i = 0; i < text.length(); i += step) {
            int end = Math.min(text.length(), i + step);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            try {
                deltas.accept(text.substring(i, end));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(OfflineCopywriter.class).warn("text listener failed", e);
            }
            i = end - step;
        }
    }

    private long seedOf(TextRequest request) {
        String s = request.attributes().get("seed");
        if (s != null) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException ignored) {
                return seed ^ s.hashCode();
            }
        }
        return request.seed() != null ? request.seed() : seed;
    }

    private static String lastUserText(TextRequest request) {
        for (int i = request.messages().size() - 1; i >= 0; i--) {
            if (request.messages().get(i).role() == dev.filmgen.model.ChatMessage.Role.USER) {
                return request.messages().get(i).text();
            }
        }
        return "";
    }
}
