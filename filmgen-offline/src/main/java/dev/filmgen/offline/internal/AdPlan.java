package dev.filmgen.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The little ad the copywriter has in mind for a topic and seed: category, product name, slogan, packaging,
 * setting and cast. Every stage rebuilds the same plan, then lets upstream answers (which a user may have
 * edited) override it.
 */
public final class AdPlan {
    /** Emoji, ™ ® © and pictographs, and 【promo tags】 ("官方旗舰", "送料無料") a copywriter leaves out of a name. */
    private static final java.util.regex.Pattern DECORATION = java.util.regex.Pattern.compile(
            "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}\\x{FE0F}\\x{200D}\\x{20E3}"
                    + "\\x{E0020}-\\x{E007F}™®©℠]|【[^【】]{0,12}】");

    private final long seed;
    private final Lang lang;
    private final Category category;
    private final CopyBook book;
    private final String product;
    private final String slogan;
    private final String setting;

    public AdPlan(String topic, String insight, Lang lang, long seed) {
        String t = topic == null ? "" : topic.strip();
        this.seed = seed;
        this.lang = lang;
        this.category = Category.detect(t + " " + (insight == null ? "" : insight));
        this.book = CopyBook.of(lang);
        this.product = productName(t, lang);
        this.slogan = pick("slogan", book.strings(category, "slogans"));
        this.setting = pick("setting", book.strings(category, "settings"));
    }

    /** A seeded choice among variants, salted with the topic so different products vary too. */
    public <T> T pick(String salt, List<T> items) {
        return Seeds.pick(seed, product + "|" + salt, items);
    }

    public long seed() {
        return seed;
    }

    public Lang lang() {
        return lang;
    }

    public Category category() {
        return category;
    }

    public CopyBook book() {
        return book;
    }

    public String product() {
        return product;
    }

    public String slogan() {
        return slogan;
    }

    public String setting() {
        return setting;
    }

    public String packaging() {
        List<String> variants = book.strings(category, "packaging");
        String wanted = PromptCues.shapeOf(product);
        String chosen = pick("packaging", variants);
        for (String v : variants) {
            if (wanted != null && wanted.equals(PromptCues.shapeOf(v))) {
                chosen = v;
            }
        }
        String text = fill(chosen, Map.of("P", product));
        while (text.length() > 100) {
            int cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'));
            text = cut > 0 ? text.substring(0, cut) : text.substring(0, 100);
        }
        return text;
    }

    /** The category's cast, in story order. */
    public List<Map<String, String>> cast() {
        return book.cast(category);
    }

    /** The story beats for {@code n} boards: hook, use, benefit, call to action, compressed when fewer. */
    public static List<String> beats(int n) {
        switch (Math.max(1, Math.min(4, n))) {
            case 1:
                return List.of("cta");
            case 2:
                return List.of("use", "cta");
            case 3:
                return List.of("hook", "use", "cta");
            default:
                return List.of("hook", "use", "benefit", "cta");
        }
    }

    /** Replaces {@code {KEY}} placeholders. */
    public static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    /** Whether a narration is short enough to speak in one board (≤ 30 CJK characters or 15 words). */
    public boolean fits(String narration) {
        if (lang == Lang.ZH) {
            return narration.codePointCount(0, narration.length()) <= 30;
        }
        return narration.trim().split("\\s+").length <= 15;
    }

    private static String withoutDecoration(String topic) {
        String plain = DECORATION.matcher(topic).replaceAll(" ");
        return plain.codePoints().anyMatch(Character::isLetterOrDigit) ? plain : topic;
    }

    static String productName(String topic, Lang lang) {
        String t = withoutDecoration(topic).replaceAll("[\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[\\p{Punct}，。！？、；：“”‘’《》【】]+|[\\p{Punct}，。！？、；：“”‘’《》【】]+$", "");
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return lang == Lang.ZH ? "好物" : "Our Product";
        }
        String first = t.split("[，。！？；,.!?;]")[0].strip();
        if (first.isEmpty()) {
            first = t;
        }
        if (first.codePoints().anyMatch(Lang::isCjk)) {
            if (first.codePointCount(0, first.length()) <= 18) {
                return first;
            }
            String cut = first.substring(0, first.offsetByCodePoints(0, 18));
            int space = cut.lastIndexOf(' ');
            return space > 0 && Character.isLetter(first.charAt(cut.length())) ? cut.substring(0, space) : cut;
        }
        List<String> words = new ArrayList<>(List.of(first.split(" ")));
        while (words.size() > 1 && List.of("a", "an", "the", "our", "my", "new").contains(
                words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        List<String> kept = words.subList(0, Math.min(4, words.size()));
        StringBuilder sb = new StringBuilder();
        for (String w : kept) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.length() > 40 ? sb.substring(0, 40).strip() : sb.toString();
    }
}
