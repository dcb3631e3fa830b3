package dev.filmgen.offline.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;

/** Text on pictures: labels fitted into a box and the slogan banner, drawn in a font that has their characters
 * (what no font has is left out, never drawn as a box). */
public final class Typography {
    private Typography() {
    }

    /** Draws text centred at ({@code cx}, {@code cy}), shrunk (and split in two lines if needed) to fit. */
    public static void fitted(Graphics2D g, String text, double cx, double cy, double maxW, double maxH, Color color) {
        Fonts.Drawable d = Fonts.of(text);
        String t = d.text();
        if (t.isEmpty() || maxW < 4 || maxH < 4) {
            return;
        }
        float size = (float) maxH;
        while (size > 6 && width(g, d, t, size) > maxW) {
            size -= Math.max(1f, size * 0.08f);
        }
        if (size < maxH * 0.45 && t.codePointCount(0, t.length()) > 3) {
            int mid = splitPoint(t);
            float half = (float) maxH / 2.1f;
            String a = t.substring(0, mid).strip();
            String b = t.substring(mid).strip();
            while (half > 6 && Math.max(width(g, d, a, half), width(g, d, b, half)) > maxW) {
                half -= Math.max(1f, half * 0.08f);
            }
            line(g, d, a, cx, cy - half * 0.55, half, color);
            line(g, d, b, cx, cy + half * 0.55, half, color);
            return;
        }
        line(g, d, t, cx, cy, size, color);
    }

    /** The slogan in a rounded banner across the top of the picture. */
    public static void banner(Graphics2D g, String slogan, int w, int h, Color accent) {
        Fonts.Drawable d = Fonts.of(slogan);
        String t = d.text();
        if (t.isEmpty()) {
            return;
        }
        double bh = h * 0.13;
        float size = (float) (bh * 0.62);
        double maxW = w * 0.8;
        while (size > 8 && width(g, d, t, size) > maxW) {
            size -= 1f;
        }
        double bw = width(g, d, t, size) + bh * 0.9;
        double x = (w - bw) / 2;
        double y = h * 0.06;
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new RoundRectangle2D.Double(x + 4, y + 6, bw, bh, bh, bh));
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(x, y, bw, bh, bh, bh));
        line(g, d, t, w / 2.0, y + bh / 2, size, Color.WHITE);
    }

    private static void line(Graphics2D g, Fonts.Drawable d, String t, double cx, double cy, float size, Color color) {
        Font f = d.at(size);
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(color);
        g.drawString(t, (float) (cx - fm.stringWidth(t) / 2.0), (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
    }

    private static double width(Graphics2D g, Fonts.Drawable d, String t, float size) {
        return g.getFontMetrics(d.at(size)).stringWidth(t);
    }

    private static int splitPoint(String t) {
        int mid = t.length() / 2;
        int space = t.lastIndexOf(' ', mid);
        int after = t.indexOf(' ', mid);
        if (space > 0 || after > 0) {
            return space > 0 && (after < 0 || mid - space <= after - mid) ? space : after;
        }
        return Character.isHighSurrogate(t.charAt(mid - 1)) ? mid + 1 : mid;
    }
}
