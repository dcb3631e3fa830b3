package dev.filmgen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A text model that answers every built-in text stage from the request attributes alone, in the shape of
 * {@code docs/text-formats.md}, wrapped in a Markdown fence as chat models like to: a minimal stand-in for
 * the offline copywriter, so handler tests can run through the real runner.
 */
public final class ContractTextModel implements TextModel {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public TextResponse chat(TextRequest request, Consumer<String> deltas) {
        Map<String, String> a = request.attributes();
        boolean zh = "zh".equals(a.get("language"));
        ObjectNode o = JSON.createObjectNode();
        switch (request.purpose()) {
            case "Script":
                o.put("title", zh ? "暖一整天" : "Warm All Day");
                o.put("story", zh ? "小米带着保温杯出门。" : "Mia takes her bottle to work.");
                o.putArray("characters").add(zh ? "小米" : "Mia");
                o.put("product_name", zh ? "极光保温杯" : "Aurora Thermos");
                o.put("product_description", zh ? "磨砂蓝色杯身" : "matte blue bottle");
                o.put("slogan", zh ? "温暖一整天" : "Warmth that lasts");
                break;
            case "Storyboard":
                ArrayNode boards = o.putArray("boards");
                for (int i = 1; i <= Integer.parseInt(a.get("max_boards")); i++) {
                    ObjectNode b = boards.addObject().put("board", i);
                    ArrayNode who = b.putArray("characters");
                    if (i % 2 == 1) {
                        who.add(zh ? "小米" : "Mia");
                    }
                    b.put("picture", (zh ? "画面" : "picture ") + i);
                    b.put("narration", (zh ? "旁白" : "narration ") + i);
                }
                break;
            case "RoleDescription":
                ArrayNode roles = o.putArray("roles");
                for (String name : names(a.get("boards_json"))) {
                    roles.addObject().put("name", name).put("look", "look").put("clothes", "red coat").put("setting", "street");
                }
                break;
            case "FirstFrameDescription":
            case "VideoDescription":
                ArrayNode items = o.putArray(request.purpose().startsWith("First") ? "frames" : "cameras");
                read(a.get("boards_json")).get("boards").forEach(b ->
                        items.addObject().put("board", b.get("board").asInt()).put("description", "d" + b.get("board")));
                break;
            case "Line":
                ArrayNode lines = o.putArray("lines");
                List<String> voices = List.of(a.get("voices").split(","));
                read(a.get("boards_json")).get("boards").forEach(b -> {
                    boolean alone = b.get("characters").size() == 0;
                    lines.addObject().put("board", b.get("board").asInt())
                            .put("speaker", alone ? (zh ? "旁白" : "narrator") : b.get("characters").get(0).asText())
                            .put("text", b.get("narration").asText()).put("voice", voices.get(alone ? 1 : 3));
                });
                break;
            default:
                throw new IllegalArgumentException("no answer for purpose " + request.purpose());
        }
        String answer = "```json\n" + o + "\n```";
        deltas.accept(answer);
        return new TextResponse(answer, Usage.NONE);
    }

    private static Set<String> names(String boardsJson) {
        Set<String> names = new LinkedHashSet<>();
        read(boardsJson).get("boards").forEach(b -> b.get("characters").forEach(c -> names.add(c.asText())));
        return names;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
