package dev.filmgen.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the painter reads out of a picture prompt: product name and slogan (quoted text), category, setting,
 * hero shape, and the people with their clothes colours. Keyword-based, Chinese and English.
 */
public final class PromptCues {
    private static final Pattern QUOTED = Pattern.compile("“([^”]{1,40})”|\"([^\"]{1,40})\"|「([^」]{1,40})」|『([^』]{1,40})』");
    private static final Pattern SLOGAN_WORD = Pattern.compile("(标语|口号|广告语|slogan|headline|tagline)[^“\"「『]{0,12}$");
    private static final Pattern WEARING = Pattern.compile("身穿|穿着|wearing|dressed in|wears",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_PEOPLE = Pattern.compile("没有人物|无人物|不出现人物|no people|no person|nobody|"
            + "product close-up|product shot|产品特写");
    private static final Pattern PERSON = Pattern.compile("人物|女生|男生|女孩|男孩|女士|男士|妈妈|孩子|woman|\\bman\\b|girl|boy"
            + "|\\bkid|mother|person|people|couple");

    public final String product;
    public final String slogan;
    public final Category category;
    public final Setting setting;
    public final String shape;
    public final List<String> people;
    /** The packaging shape named just before the quoted product name, or null. */
    public final String nearShape;
    /** The colour named just before the quoted product name (its packaging), or null. */
    public final java.awt.Color productColour;

    public PromptCues(String prompt) {
        String p = prompt == null ? "" : prompt;
        String name = null;
        String tag = null;
        int nameAt = -1;
        Matcher m = QUOTED.matcher(p);
        while (m.find()) {
            String q = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            boolean sloganish = m.group(3) != null || SLOGAN_WORD.matcher(p.substring(Math.max(0, m.start() - 16),
                    m.start()).toLowerCase(Locale.ROOT)).find();
            if (sloganish && tag == null) {
                tag = q.strip();
            } else if (!sloganish && name == null) {
                name = q.strip();
                nameAt = m.start();
            }
        }
        this.product = name;
        this.slogan = tag;
        this.people = people(p);
        this.category = category(p, name, nameAt, people);
        this.setting = Setting.detect(p);
        String clause = nameAt < 0 ? "" : p.substring(lastBreak(p, nameAt) + 1, nameAt);
        this.shape = shape(p.toLowerCase(Locale.ROOT), category);
        this.nearShape = shape(clause.toLowerCase(Locale.ROOT), null);
        List<java.awt.Color> near = ColourWords.find(clause);
        this.productColour = near.isEmpty() ? null : near.get(0);
    }

    /** The category named with the product (its name and the words just before it), else in the whole prompt. */
    private static Category category(String p, String name, int nameAt, List<String> people) {
        if (name != null && nameAt >= 0) {
            Category near = Category.detect(p.substring(lastBreak(p, nameAt) + 1, nameAt) + " " + name);
            if (near != Category.GENERIC) {
                return near;
            }
        }
        String rest = p;
        for (String person : people) {
            rest = rest.replace(person, " ");
        }
        return Category.detect(rest);
    }

    private static List<String> people(String p) {
        List<String> out = new ArrayList<>();
        if (NO_PEOPLE.matcher(p.toLowerCase(Locale.ROOT)).find()) {
            return out;
        }
        Matcher m = WEARING.matcher(p);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < starts.size() && out.size() < 3; i++) {
            int at = starts.get(i);
            int from = Math.max(i > 0 ? starts.get(i - 1) + 2 : 0, lastBreak(p, at) + 1);
            String name = p.substring(Math.min(from, at), at).strip();
            if (!name.isEmpty() && !names.add(name)) {
                continue;
            }
            int to = i + 1 < starts.size() ? lastBreak(p, starts.get(i + 1)) : p.length();
            int stop = p.indexOf('。', at);
            stop = stop < 0 ? p.indexOf(". ", at) : stop;
            to = Math.max(at, Math.min(to, stop < 0 ? p.length() : stop));
            out.add(p.substring(from, to));
        }
        if (out.isEmpty() && PERSON.matcher(p.toLowerCase(Locale.ROOT)).find()) {
            out.add(p);
        }
        return out;
    }

    private static int lastBreak(String p, int before) {
        int best = -1;
        for (char c : new char[] {'，', ',', '。', '、', ';', '；', '.', '：', ':', '\n'}) {
            best = Math.max(best, p.lastIndexOf(c, before - 1));
        }
        return best;
    }

    /** The packaging shape a text names ({@code bottle}, {@code can}, {@code shoe}…), or null. */
    public static String shapeOf(String text) {
        return shape(text == null ? "" : text.toLowerCase(Locale.ROOT), null);
    }

    private static String shape(String p, Category c) {
        String[][] words = {{"耳机", "headphones"}, {"headphone", "headphones"}, {"earbud", "headphones"},
                {"铝罐", "can"}, {"易拉罐", "can"}, {"aluminium can", "can"}, {"aluminum can", "can"},
                {"软管", "tube"}, {"tube", "tube"}, {"玻璃罐", "jar"}, {"jar", "jar"}, {"瓶", "bottle"},
                {"bottle", "bottle"}, {"袋", "pouch"}, {"pouch", "pouch"}, {"鞋", "shoe"}, {"shoe", "shoe"},
                {"sneaker", "shoe"}, {"手机", "phone"}, {"phone", "phone"}, {"屏幕", "phone"}, {"screen", "phone"},
                {"锅", "appliance"}, {"fryer", "appliance"}, {"kettle", "appliance"}, {"罐", c == null
                || "drinks".equals(c.key()) ? "can" : "jar"}, {"can ", "can"}};
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        for (String[] w : words) {
            int at = p.indexOf(w[0]);
            if (at >= 0 && at < bestAt) {
                bestAt = at;
                best = w[1];
            }
        }
        if (best == null && (p.contains("盒") || p.contains("box"))) {
            best = "box";
        }
        return best != null || c == null ? best : c.shape();
    }
}
