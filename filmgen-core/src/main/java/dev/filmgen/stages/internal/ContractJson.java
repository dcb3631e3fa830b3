package dev.filmgen.stages.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.domain.Board;
import dev.filmgen.domain.CameraDescription;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import java.util.List;

/**
 * Writes session results in the JSON shapes of {@code docs/text-formats.md} (1-based board numbers),
 * for the {@code *_json} request attributes and for the prompts that quote earlier results.
 */
public final class ContractJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractJson() {
    }

    public static String script(Script s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", s.title());
        o.put("story", s.story());
        ArrayNode chars = o.putArray("characters");
        s.characters().forEach(chars::add);
        o.put("product_name", s.productName());
        o.put("product_description", s.productDescription());
        o.put("slogan", s.slogan());
        return write(o);
    }

    public static String boards(List<Board> boards) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("boards");
        for (Board b : boards) {
            ObjectNode o = list.addObject();
            o.put("board", b.index() + 1);
            ArrayNode chars = o.putArray("characters");
            b.characters().forEach(chars::add);
            o.put("picture", b.picture());
            o.put("narration", b.narration());
        }
        return write(root);
    }

    public static String roles(List<Role> roles) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("roles");
        for (Role r : roles) {
            ObjectNode o = list.addObject();
            o.put("name", r.name());
            o.put("look", r.look());
            o.put("clothes", r.clothes());
            o.put("setting", r.setting());
        }
        return write(root);
    }

    public static String frames(List<FrameDescription> frames) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("frames");
        for (FrameDescription f : frames) {
            ObjectNode o = list.addObject();
            o.put("board", f.board() + 1);
            o.put("description", f.text());
        }
        return write(root);
    }

    public static String cameras(List<CameraDescription> cameras) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("cameras");
        for (CameraDescription c : cameras) {
            ObjectNode o = list.addObject();
            o.put("board", c.board() + 1);
            o.put("description", c.text());
        }
        return write(root);
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
