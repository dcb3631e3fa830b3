package dev.filmgen.offline.internal;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Product categories the offline models know, each with Chinese and English keywords, a hero shape and a
 * brand palette (background top, background bottom, accent, label).
 */
public enum Category {
    DRINKS("drinks", "bottle", List.of("饮料", "饮品", "茶", "咖啡", "奶茶", "牛奶", "果汁", "椰汁", "椰子水", "汽水", "可乐", "矿泉水",
            "酸奶", "啤酒", "酒", "豆浆", "拿铁", "水"),
            List.of("drink", "beverage", "tea", "coffee", "juice", "water", "milk", "soda", "cola", "beer", "wine",
                    "latte", "smoothie", "coconut water", "lemonade", "yogurt drink"),
            palette(0x7FD6C9, 0xF4F9E9, 0x17A589, 0xFFFFFF)),
    FOOD("food", "pouch", List.of("零食", "饼干", "巧克力", "面包", "蛋糕", "薯片", "坚果", "糖果", "面条", "方便面", "火锅", "辣条",
            "牛肉干", "肉", "米", "酱", "蜂蜜", "月饼", "粽子", "冰淇淋"),
            List.of("snack", "chocolate", "cookie", "biscuit", "bread", "cake", "chips", "nuts", "candy", "noodle",
                    "sauce", "pizza", "cereal", "honey", "jerky", "ice cream", "granola", "food"),
            palette(0xFFB35C, 0xFFF1D6, 0xE0542B, 0xFFF8EC)),
    BEAUTY("beauty", "jar", List.of("护肤", "面霜", "精华", "口红", "面膜", "乳液", "防晒", "香水", "洗面奶", "爽肤水", "化妆", "粉底",
            "眼霜", "美妆", "洗发水", "唇釉", "卸妆", "身体乳"),
            List.of("skincare", "skin care", "cream", "serum", "lipstick", "face mask", "lotion", "sunscreen", "perfume",
                    "cleanser", "toner", "makeup", "moisturizer", "moisturiser", "beauty", "shampoo", "foundation"),
            palette(0xF7C6D0, 0xFFF4F1, 0xC95B7A, 0xFFFFFF)),
    APPAREL("apparel", "shoe", List.of("衣", "裙", "裤", "鞋", "靴", "帽", "T恤", "外套", "卫衣", "袜", "服装", "羽绒服", "毛衣",
            "衬衫", "运动鞋", "球鞋", "服饰"),
            List.of("shirt", "t-shirt", "dress", "jacket", "shoe", "sneaker", "boot", "hoodie", "jeans", "hat", "sock",
                    "coat", "apparel", "trainer", "sweater", "skirt", "fashion"),
            palette(0xA9B8FF, 0xF1F3FF, 0xFF7A3D, 0xFFFFFF)),
    ELECTRONICS("electronics", "phone", List.of("手机", "耳机", "电脑", "笔记本", "平板", "手表", "音箱", "相机", "充电", "键盘",
            "鼠标", "智能", "蓝牙", "数码", "显示器", "无人机"),
            List.of("phone", "smartphone", "headphone", "earbud", "laptop", "tablet", "smartwatch", "watch", "speaker",
                    "camera", "charger", "keyboard", "mouse", "bluetooth", "gadget", "power bank", "drone", "monitor",
                    "device"),
            palette(0x1F2A44, 0x3E5C9A, 0x35D0FF, 0xE8F6FF)),
    HOME("home", "appliance", List.of("锅", "碗", "刀", "家居", "沙发", "枕", "被", "台灯", "收纳", "拖把", "吸尘器",
            "空气炸锅", "电饭煲", "毛巾", "水壶", "保温杯", "香薰", "床"),
            List.of("pan", "pot", "knife", "sofa", "pillow", "blanket", "lamp", "storage", "vacuum", "mop",
                    "towel", "kettle", "blender", "mug", "candle", "air fryer", "cookware", "bedding", "home essential"),
            palette(0xC8E3D4, 0xFBF7EF, 0x4E8D6E, 0xFFFFFF)),
    KIDS("kids", "box", List.of("玩具", "宝宝", "婴儿", "儿童", "积木", "奶粉", "尿不湿", "纸尿裤", "童装", "绘本", "母婴", "奶瓶",
            "童"),
            List.of("toy", "baby", "kid", "child", "children", "lego", "blocks", "stroller", "diaper", "nappy", "infant",
                    "plush", "puzzle", "toddler"),
            palette(0xFFD66B, 0xFFF7DA, 0xFF6F91, 0xFFFFFF)),
    GENERIC("generic", "box", List.of(), List.of(), palette(0x9FB4C7, 0xF5F7FA, 0x2F6FDE, 0xFFFFFF));

    private final String key;
    private final String shape;
    private final List<String> zhWords;
    private final List<Pattern> enWords;
    private final Color[] palette;

    Category(String key, String shape, List<String> zh, List<String> en, Color[] palette) {
        this.key = key;
        this.shape = shape;
        this.zhWords = zh;
        this.enWords = en.stream().map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "(s|es)?\\b")).toList();
        this.palette = palette;
    }

    /** The category whose keywords cover the most of the text; {@link #GENERIC} when none match. */
    public static Category detect(String text) {
        if (text == null || text.isBlank()) {
            return GENERIC;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Category best = GENERIC;
        int bestScore = 0;
        for (Category c : values()) {
            int score = c.score(text, lower);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private int score(String text, String lower) {
        int score = 0;
        for (String w : zhWords) {
            if (text.contains(w)) {
                score += w.length() * 2;
            }
        }
        for (Pattern p : enWords) {
            if (p.matcher(lower).find()) {
                score += p.pattern().length() - 12;
            }
        }
        return score;
    }

    public String key() {
        return key;
    }

    /** The default hero shape: bottle, pouch, jar, shoe, phone, appliance or box. */
    public String shape() {
        return shape;
    }

    /** Background top, background bottom, accent, label colour. */
    public Color[] palette() {
        return palette.clone();
    }

    private static Color[] palette(int top, int bottom, int accent, int label) {
        return new Color[] {new Color(top), new Color(bottom), new Color(accent), new Color(label)};
    }
}
