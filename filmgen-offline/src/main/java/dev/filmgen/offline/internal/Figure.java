package dev.filmgen.offline.internal;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A stylised character as the painter draws it. Encoded into role portraits' PNG metadata so that first frames
 * drawn with the portrait as a reference show the same person.
 *
 * @param female whether drawn with the longer, feminine silhouette
 * @param kid whether drawn child-sized
 * @param longHair long hair or short
 * @param top clothes colour of the upper body
 * @param bottom clothes colour of the lower body
 * @param hair hair colour
 * @param skin skin tone
 */
public record Figure(boolean female, boolean kid, boolean longHair, Color top, Color bottom, Color hair, Color skin) {
    private static final Pattern FEMALE = Pattern.compile("女|妈|姐|妹|奶奶|她|woman|girl|mother|mom|lady|\\bshe\\b|female");
    private static final Pattern MALE = Pattern.compile("男|爸|哥|弟|爷爷|他|\\bman\\b|\\bboy\\b|father|dad|\\bhe\\b|male");
    private static final Pattern KID = Pattern.compile("孩|童|宝宝|小男孩|小女孩|\\bkid|\\bchild|\\bboy\\b|\\bgirl\\b|baby|toddler|"
            + "[1-9]岁|year-old");
    private static final List<Color> SKINS = List.of(new Color(0xF6D2B5), new Color(0xEFC09A), new Color(0xE0A987),
            new Color(0xC98E69), new Color(0x9C6B4E));

    /** A figure from the words describing one person (look and clothes), with seeded fallbacks. */
    public static Figure fromText(String text, long seed) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        boolean female = FEMALE.matcher(t).find() || (!MALE.matcher(t).find() && (seed & 1) == 0);
        boolean kid = KID.matcher(t).find();
        boolean longHair = t.matches(".*(长发|长直发|马尾|丸子头|盘发|long hair|ponytail|bun|wavy).*")
                || (female && !t.matches(".*(短发|寸头|short hair|buzz|bob).*"));
        List<Color> colours = ColourWords.find(t);
        Color top = colours.isEmpty() ? new Color(0x4A7BD0 + Math.floorMod((int) seed, 0x70) * 0x10000) : colours.get(0);
        Color bottom = colours.size() > 1 ? colours.get(1) : top.darker();
        Color hair = ColourWords.hair(t);
        return new Figure(female, kid, longHair, top, bottom, hair == null ? new Color(0x2B2320) : hair,
                SKINS.get(Seeds.index(seed, t, SKINS.size())));
    }

    /** The figure as PNG text metadata. */
    public String encode() {
        return "female=" + female + ";kid=" + kid + ";long=" + longHair + ";top=" + hex(top) + ";bottom=" + hex(bottom)
                + ";hair=" + hex(hair) + ";skin=" + hex(skin);
    }

    /** The figure a portrait's metadata describes, or null when it is not ours. */
    public static Figure decode(String s) {
        if (s == null || !s.contains("top=")) {
            return null;
        }
        Map<String, String> m = new java.util.HashMap<>();
        for (String kv : s.split(";")) {
            String[] p = kv.split("=", 2);
            if (p.length == 2) {
                m.put(p[0], p[1]);
            }
        }
        try {
            return new Figure(Boolean.parseBoolean(m.get("female")), Boolean.parseBoolean(m.get("kid")),
                    Boolean.parseBoolean(m.get("long")), Color.decode(m.get("top")), Color.decode(m.get("bottom")),
                    Color.decode(m.get("hair")), Color.decode(m.get("skin")));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
