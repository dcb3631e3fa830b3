package dev.filmgen.offline.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Named colours in Chinese and English: found in prompts (clothes, packaging) and used to name measured pixels. */
public final class ColourWords {
    /** One named colour. */
    public record Named(String en, String zh, Color color) {
    }

    /** Ordered so that longer, more specific words are tried first. */
    public static final List<Named> ALL = List.of(
            new Named("navy", "藏青", new Color(0x1F2E6B)),
            new Named("beige", "米色", new Color(0xD9C7A7)),
            new Named("khaki", "卡其", new Color(0xC3B091)),
            new Named("gold", "金色", new Color(0xD4AF37)),
            new Named("silver", "银色", new Color(0xC0C6CC)),
            new Named("red", "红", new Color(0xE0413A)),
            new Named("orange", "橙", new Color(0xF5892A)),
            new Named("yellow", "黄", new Color(0xF7CF3B)),
            new Named("green", "绿", new Color(0x3FA45B)),
            new Named("cyan", "青", new Color(0x22B5C4)),
            new Named("blue", "蓝", new Color(0x2F7DE1)),
            new Named("purple", "紫", new Color(0x8E44AD)),
            new Named("pink", "粉", new Color(0xF27EA9)),
            new Named("brown", "棕", new Color(0x8B5A3C)),
            new Named("black", "黑", new Color(0x2A2A2E)),
            new Named("white", "白", new Color(0xF7F7F4)),
            new Named("grey", "灰", new Color(0x9AA0A6)));

    private static final Pattern HAIR = Pattern.compile(
            "(黑|金|棕|白|银|灰|红|black|blonde|golden|brown|white|silver|grey|gray|red)\\s*(色)?\\s*(头发|发|hair)");

    private ColourWords() {
    }

    /** The colours a text names, in the order they appear (hair colours excluded). */
    public static List<Color> find(String text) {
        List<Color> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String t = HAIR.matcher(text.toLowerCase(Locale.ROOT).replaceAll("白皙|皮肤白|白领|白天|明白|黑框", " "))
                .replaceAll(" ").replace("gray", "grey");
        List<int[]> hits = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            Named n = ALL.get(i);
            for (Pattern p : List.of(Pattern.compile("\\b" + n.en + "\\b"), Pattern.compile(Pattern.quote(n.zh)))) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    final int at = m.start();
                    if (hits.stream().noneMatch(h -> Math.abs(h[0] - at) < 2)) {
                        hits.add(new int[] {at, i});
                    }
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        hits.forEach(h -> out.add(ALL.get(h[1]).color()));
        return out;
    }

    /** The hair colour a text names, or null. */
    public static Color hair(String text) {
        Matcher m = HAIR.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        String w = m.group(1);
        if (w.startsWith("blond") || w.startsWith("golden") || w.equals("金")) {
            return new Color(0xE8C36A);
        }
        if (w.equals("brown") || w.equals("棕")) {
            return new Color(0x6B4226);
        }
        if (List.of("white", "silver", "grey", "gray", "白", "银", "灰").contains(w)) {
            return new Color(0xC9C9C9);
        }
        if (w.equals("red") || w.equals("红")) {
            return new Color(0xA8432A);
        }
        return new Color(0x2B2320);
    }

    /** The nearest named colour to a pixel colour (in a hue-aware distance). */
    public static Named nearest(Color c) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        if (hsb[2] < 0.2f) {
            return byEn("black");
        }
        if (hsb[1] < 0.15f) {
            return hsb[2] > 0.85f ? byEn("white") : byEn("grey");
        }
        Named best = null;
        double bestD = Double.MAX_VALUE;
        for (Named n : ALL) {
            if (List.of("black", "white", "grey", "silver", "khaki", "navy", "gold").contains(n.en)) {
                continue;
            }
            float[] o = Color.RGBtoHSB(n.color.getRed(), n.color.getGreen(), n.color.getBlue(), null);
            double dh = Math.abs(hsb[0] - o[0]);
            dh = Math.min(dh, 1 - dh) * 4;
            double d = dh * dh + Math.pow(hsb[1] - o[1], 2) * 0.5 + Math.pow(hsb[2] - o[2], 2) * 0.5;
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best;
    }

    public static Named byEn(String en) {
        return ALL.stream().filter(n -> n.en.equals(en)).findFirst().orElseThrow();
    }
}
