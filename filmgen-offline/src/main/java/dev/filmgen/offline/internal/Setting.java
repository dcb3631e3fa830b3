package dev.filmgen.offline.internal;

import java.util.List;
import java.util.Locale;

/** Places a picture prompt may name; the painter draws a few cues of each. */
public enum Setting {
    BEACH(List.of("海边", "沙滩", "海滩", "海", "beach", "seaside", "ocean", "sea")),
    KITCHEN(List.of("厨房", "灶台", "kitchen", "counter")),
    OFFICE(List.of("办公", "工位", "会议室", "office", "desk", "workspace")),
    CAFE(List.of("咖啡馆", "咖啡店", "cafe", "café", "coffee shop")),
    BATHROOM(List.of("浴室", "梳妆", "洗手间", "镜子", "bathroom", "vanity", "mirror")),
    BEDROOM(List.of("卧室", "床边", "bedroom")),
    PARK(List.of("公园", "草地", "跑道", "野餐", "户外", "park", "lawn", "trail", "picnic", "outdoor", "garden")),
    STREET(List.of("街头", "街道", "城市", "马路", "street", "city", "downtown", "road")),
    HOME(List.of("客厅", "家中", "家里", "沙发", "地毯", "living room", "home", "sofa", "rug")),
    STUDIO(List.of("影棚", "棚拍", "纯色背景", "白底", "studio", "plain background", "backdrop"));

    private final List<String> words;

    Setting(List<String> words) {
        this.words = words;
    }

    /** The setting named earliest in a prompt; {@link #STUDIO} when none is named. */
    public static Setting detect(String prompt) {
        if (prompt == null) {
            return STUDIO;
        }
        String p = prompt.toLowerCase(Locale.ROOT);
        Setting best = STUDIO;
        int bestAt = Integer.MAX_VALUE;
        for (Setting s : values()) {
            if (s == HOME) {
                continue;
            }
            for (String w : s.words) {
                int at = w.chars().allMatch(c -> c < 128) ? wordAt(p, w) : p.indexOf(w);
                if (at >= 0 && at < bestAt) {
                    best = s;
                    bestAt = at;
                }
            }
        }
        if (best == STUDIO && HOME.words.stream().anyMatch(w -> p.contains(w))) {
            return HOME;
        }
        return best;
    }

    private static int wordAt(String text, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "\\b")
                .matcher(text);
        return m.find() ? m.start() : -1;
    }
}
