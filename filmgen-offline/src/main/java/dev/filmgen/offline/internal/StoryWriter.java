package dev.filmgen.offline.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the Script, Storyboard and RoleDescription answers of the offline copywriter. */
public final class StoryWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdPlan plan;
    private final Map<String, String> attrs;

    public StoryWriter(AdPlan plan, Map<String, String> attrs) {
        this.plan = plan;
        this.attrs = attrs;
    }

    public ObjectNode script() {
        CopyBook book = plan.book();
        List<String> names = castNames(2);
        List<String> beats = AdPlan.beats(4);
        List<String> sentences = new ArrayList<>();
        for (String beat : beats.subList(0, 3)) {
            sentences.add(picture(beat, whoFor(beat, names)));
        }
        sentences.add(narration("cta"));
        ObjectNode o = JSON.createObjectNode();
        o.put("title", AdPlan.fill(book.text("titleFormat"), Map.of("P", plan.product(), "S", plan.slogan())));
        o.put("story", String.join(book.text("storyJoin"), sentences) + (plan.lang() == Lang.ZH ? "。" : ""));
        ArrayNode chars = o.putArray("characters");
        names.forEach(chars::add);
        o.put("product_name", plan.product());
        o.put("product_description", plan.packaging());
        o.put("slogan", plan.slogan());
        return o;
    }

    public ObjectNode storyboard() {
        int n = Math.max(1, Math.min(4, intAttr("max_boards", 4)));
        int maxRoles = Math.max(0, intAttr("max_roles", 2));
        List<String> names = scriptCharacters();
        names = names.subList(0, Math.min(maxRoles, names.size()));
        ObjectNode o = JSON.createObjectNode();
        ArrayNode boards = o.putArray("boards");
        List<String> beats = AdPlan.beats(n);
        for (int i = 0; i < beats.size(); i++) {
            String beat = beats.get(i);
            List<String> who = whoFor(beat, names);
            ObjectNode b = boards.addObject();
            b.put("board", i + 1);
            ArrayNode chars = b.putArray("characters");
            who.forEach(chars::add);
            b.put("picture", who.isEmpty() && !"cta".equals(beat)
                    ? AdPlan.fill(plan.book().noPeople(beat), Map.of("L", plan.setting(), "P", plan.product()))
                    : picture(beat, who));
            b.put("narration", narration(beat));
        }
        return o;
    }

    public ObjectNode roleDescription() {
        int maxRoles = Math.max(0, intAttr("max_roles", 2));
        Set<String> names = new LinkedHashSet<>();
        Upstream.boards(attrs.get("boards_json")).forEach(b -> names.addAll(b.characters()));
        if (names.isEmpty() && !attrs.containsKey("boards_json")) {
            names.addAll(scriptCharacters());
        }
        ObjectNode o = JSON.createObjectNode();
        ArrayNode roles = o.putArray("roles");
        int i = 0;
        for (String name : names) {
            if (i >= maxRoles) {
                break;
            }
            Map<String, String> person = personFor(name, i++);
            ObjectNode r = roles.addObject();
            r.put("name", name);
            r.put("look", person.get("look"));
            r.put("clothes", person.get("clothes"));
            r.put("setting", plan.setting());
        }
        return o;
    }

    /** The cast member a name stands for: the plan's own by name, else the i-th of the category's cast. */
    public Map<String, String> personFor(String name, int i) {
        List<Map<String, String>> cast = plan.cast();
        for (Map<String, String> p : cast) {
            if (p.get("name").equals(name)) {
                return p;
            }
        }
        return cast.get(Math.floorMod(i, cast.size()));
    }

    private List<String> castNames(int n) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> p : plan.cast()) {
            if (out.size() < n) {
                out.add(p.get("name"));
            }
        }
        return out;
    }

    private List<String> scriptCharacters() {
        List<String> names = Upstream.strings(Upstream.field(Upstream.parse(attrs.get("script_json")), "characters"));
        return names.isEmpty() ? castNames(2) : new ArrayList<>(new LinkedHashSet<>(names));
    }

    private List<String> whoFor(String beat, List<String> names) {
        if ("cta".equals(beat) || names.isEmpty()) {
            return List.of();
        }
        return "benefit".equals(beat) ? names : names.subList(0, 1);
    }

    private String picture(String beat, List<String> who) {
        String joined = String.join(plan.book().text("and"), who);
        String[] v = plan.pick(beat, plan.book().beat(plan.category(), beat));
        return AdPlan.fill(v[0], Map.of("WHO", joined, "P", plan.product(), "L", plan.setting()));
    }

    private String narration(String beat) {
        String[] v = plan.pick(beat, plan.book().beat(plan.category(), beat));
        String text = AdPlan.fill(v[1], Map.of("P", plan.product(), "S", plan.slogan()));
        if (plan.fits(text)) {
            return text;
        }
        if ("cta".equals(beat)) {
            return AdPlan.fill(plan.book().text("ctaFallback"), Map.of("S", plan.slogan()));
        }
        String noun = (plan.lang() == Lang.ZH ? "这款" : "this ") + plan.book().noun(plan.category());
        return AdPlan.fill(v[1], Map.of("P", noun, "S", plan.slogan()));
    }

    private int intAttr(String key, int fallback) {
        try {
            return Integer.parseInt(attrs.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
