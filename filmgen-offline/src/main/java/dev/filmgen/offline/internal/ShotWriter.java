package dev.filmgen.offline.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes the FirstFrameDescription, VideoDescription and Line answers of the offline copywriter. */
public final class ShotWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FEMALE = Set.of("chelsie", "cherry", "serena", "jada", "sunny");
    private static final Set<String> MALE = Set.of("ethan", "dylan");

    private final AdPlan plan;
    private final Map<String, String> attrs;
    private final StoryWriter story;
    private final List<Upstream.BoardView> boards;
    private final Map<String, Upstream.RoleView> roles = new LinkedHashMap<>();

    public ShotWriter(AdPlan plan, Map<String, String> attrs) {
        this.plan = plan;
        this.attrs = attrs;
        this.story = new StoryWriter(plan, attrs);
        List<Upstream.BoardView> b = Upstream.boards(attrs.get("boards_json"));
        if (b.isEmpty()) {
            b = Upstream.boards(story.storyboard().toString());
        }
        this.boards = b;
        List<Upstream.RoleView> r = Upstream.roles(attrs.get("roles_json"));
        if (r.isEmpty() && !attrs.containsKey("roles_json")) {
            r = Upstream.roles(story.roleDescription().toString());
        }
        r.forEach(v -> roles.put(v.name(), v));
    }

    public ObjectNode firstFrameDescription() {
        CopyBook book = plan.book();
        String product = scriptField("product_name", plan.product());
        String slogan = scriptField("slogan", plan.slogan());
        ObjectNode o = JSON.createObjectNode();
        ArrayNode frames = o.putArray("frames");
        for (int i = 0; i < boards.size(); i++) {
            Upstream.BoardView b = boards.get(i);
            List<String> who = new ArrayList<>();
            String setting = plan.setting();
            for (String name : b.characters()) {
                Upstream.RoleView r = roles.get(name);
                Map<String, String> person = story.personFor(name, who.size());
                String clothes = r != null && !r.clothes().isEmpty() ? r.clothes() : person.get("clothes");
                String look = r != null && !r.look().isEmpty() ? r.look() : person.get("look");
                who.add(AdPlan.fill(book.text("wearing"), Map.of("N", name, "C", clothes, "LOOK", look)));
                if (r != null && !r.setting().isEmpty() && who.size() == 1) {
                    setting = r.setting();
                }
            }
            String whoText = who.isEmpty() ? book.text("closeUp") : String.join(book.text("listSep"), who);
            String d = AdPlan.fill(book.text("frame"), Map.of("L", setting, "WHO", whoText, "PIC",
                    trimEnd(b.picture()), "KIND", book.noun(plan.category()), "NOUN", packagingNoun(), "P", product));
            if (i == boards.size() - 1) {
                d += AdPlan.fill(book.text("frameSlogan"), Map.of("S", slogan));
            }
            ObjectNode f = frames.addObject();
            f.put("board", b.number());
            f.put("description", d + book.text("frameStyle"));
        }
        return o;
    }

    public ObjectNode videoDescription() {
        CopyBook book = plan.book();
        List<String> beats = AdPlan.beats(boards.size());
        List<String> shots = book.list("shots");
        List<String> moods = book.list("moods");
        ObjectNode o = JSON.createObjectNode();
        ArrayNode cams = o.putArray("cameras");
        CameraMove previous = null;
        for (int i = 0; i < boards.size(); i++) {
            Upstream.BoardView b = boards.get(i);
            String beat = i < beats.size() ? beats.get(i) : "use";
            List<CameraMove> options = CameraMove.forBeat(beat);
            CameraMove move = options.get(Seeds.index(plan.seed(), "camera|" + i, options.size()));
            if (move == previous) {
                move = options.get((options.indexOf(move) + 1) % options.size());
            }
            previous = move;
            String subject = b.picture().isEmpty() ? plan.product() : trimEnd(b.picture());
            ObjectNode c = cams.addObject();
            c.put("board", b.number());
            c.put("description", AdPlan.fill(book.text("camera"), Map.of("MOVE", book.move(move.wire()),
                    "SHOT", shots.get(Math.floorMod(i + (int) plan.seed(), shots.size())), "SUBJECT", subject,
                    "MOOD", moods.get(Math.floorMod(i + (int) (plan.seed() >>> 3), moods.size())))));
        }
        return o;
    }

    public ObjectNode line() {
        List<String> voices = new ArrayList<>();
        for (String v : attrs.getOrDefault("voices", "Chelsie,Cherry,Ethan,Serena,Dylan,Jada,Sunny").split(",")) {
            if (!v.isBlank()) {
                voices.add(v.strip());
            }
        }
        String narrator = plan.book().text("narrator");
        Map<String, String> assigned = new HashMap<>();
        ObjectNode o = JSON.createObjectNode();
        ArrayNode lines = o.putArray("lines");
        for (Upstream.BoardView b : boards) {
            String speaker = b.characters().isEmpty() ? narrator : b.characters().get(0);
            String voice = assigned.computeIfAbsent(speaker, s -> chooseVoice(s, voices, assigned));
            ObjectNode l = lines.addObject();
            l.put("board", b.number());
            l.put("speaker", speaker);
            l.put("text", b.narration());
            l.put("voice", voice);
        }
        return o;
    }

    private String chooseVoice(String speaker, List<String> voices, Map<String, String> taken) {
        if (voices.isEmpty()) {
            return "Cherry";
        }
        String gender = genderOf(speaker);
        int start = Seeds.index(plan.seed(), "voice", voices.size());
        String fallback = null;
        for (int k = 0; k < voices.size(); k++) {
            String v = voices.get((start + k) % voices.size());
            if (taken.containsValue(v)) {
                continue;
            }
            String id = v.toLowerCase(Locale.ROOT);
            boolean match = "f".equals(gender) ? !MALE.contains(id) : "m".equals(gender) ? !FEMALE.contains(id) : true;
            if (match) {
                return v;
            }
            if (fallback == null) {
                fallback = v;
            }
        }
        return fallback != null ? fallback : voices.get(Seeds.index(plan.seed(), speaker, voices.size()));
    }

    private String genderOf(String speaker) {
        Upstream.RoleView r = roles.get(speaker);
        for (Map<String, String> p : plan.cast()) {
            if (p.get("name").equals(speaker)) {
                return p.get("gender");
            }
        }
        String look = r == null ? "" : r.look().toLowerCase(Locale.ROOT);
        if (look.matches(".*(女|妈|姐|妹|奶奶|woman|girl|mother|mom|lady|she\\b).*")) {
            return "f";
        }
        if (look.matches(".*(男|爸|哥|弟|爷爷|\\bman\\b|boy|father|dad|he\\b).*")) {
            return "m";
        }
        return speaker.equals(plan.book().text("narrator")) ? "f" : "";
    }

    /** The packaging as the product description starts (“天蓝色铝罐”, “sky-blue aluminium can”). */
    private String packagingNoun() {
        String noun = plan.lang() == Lang.ZH ? "包装" : "packaging";
        String d = scriptField("product_description", plan.packaging()).split("[，,。；;：:]")[0];
        d = d.split("[“\"「]| with | printed|印有|印着")[0].strip();
        if (d.isEmpty() || d.codePointCount(0, d.length()) > (plan.lang() == Lang.ZH ? 16 : 48)) {
            return noun;
        }
        return plan.lang() == Lang.ZH ? d : Character.toLowerCase(d.charAt(0)) + d.substring(1);
    }

    private String scriptField(String name, String fallback) {
        String v = Upstream.text(Upstream.parse(attrs.get("script_json")), name);
        if (v.isEmpty() && "product_name".equals(name)) {
            v = Upstream.text(Upstream.parse(attrs.get("script_json")), "name");
        }
        return v.isEmpty() ? fallback : v;
    }

    private static String trimEnd(String s) {
        return s.replaceAll("[。．.！!，,\\s]+$", "");
    }
}
