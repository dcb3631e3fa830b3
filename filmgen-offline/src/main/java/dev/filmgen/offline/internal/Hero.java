package dev.filmgen.offline.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws the product hero: a packaging shape with the product name on its label, or the user's own photo. */
public final class Hero {
    private Hero() {
    }

    /** A drawn product of {@code shape}, standing on {@code baseY}, centred on {@code cx}, {@code height} tall. */
    public static void drawn(Graphics2D g, String shape, double cx, double baseY, double height, Color body,
                             Color accent, Color label, String name) {
        drawn(g, shape, cx, baseY, height, body, accent, label, name, true);
    }

    /** As {@link #drawn(Graphics2D, String, double, double, double, Color, Color, Color, String)}; no shadow
     * when held in a hand. */
    public static void drawn(Graphics2D g, String shape, double cx, double baseY, double height, Color body,
                             Color accent, Color label, String name, boolean shadow) {
        if (shadow) {
            shadow(g, cx, baseY, height * 0.55);
        }
        switch (shape) {
            case "can" -> can(g, cx, baseY, height, body, accent, label, name);
            case "jar" -> jar(g, cx, baseY, height * 0.7, body, accent, label, name);
            case "tube" -> tube(g, cx, baseY, height, body, accent, label, name);
            case "pouch" -> pouch(g, cx, baseY, height * 0.9, body, accent, label, name);
            case "shoe" -> shoe(g, cx, baseY, height * 0.5, body, accent, label, name);
            case "phone" -> phone(g, cx, baseY, height, body, accent, label, name);
            case "appliance" -> appliance(g, cx, baseY, height * 0.75, body, accent, label, name);
            case "box" -> box(g, cx, baseY, height * 0.8, body, accent, label, name);
            case "headphones" -> headphones(g, cx, baseY, height * 0.8, body, accent, label, name);
            default -> bottle(g, cx, baseY, height, body, accent, label, name);
        }
    }

    /** The user's photo, scaled to fit a box, on a soft shadow and a white rounded card. */
    public static void photo(Graphics2D g, BufferedImage photo, double cx, double cy, double maxW, double maxH) {
        double s = Math.min(maxW / photo.getWidth(), maxH / photo.getHeight());
        double w = photo.getWidth() * s;
        double h = photo.getHeight() * s;
        double x = cx - w / 2;
        double y = cy - h / 2;
        double pad = Math.max(6, Math.min(w, h) * 0.04);
        for (int i = 6; i >= 1; i--) {
            g.setColor(new Color(0, 0, 0, 10));
            g.fill(new RoundRectangle2D.Double(x - pad + i * 2, y - pad + i * 3, w + 2 * pad, h + 2 * pad, 24 + i * 2,
                    24 + i * 2));
        }
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(x - pad, y - pad, w + 2 * pad, h + 2 * pad, 24, 24));
        BufferedImage scaled = Motion.plate(photo, Math.max(1, (int) Math.round(w)), Math.max(1, (int) Math.round(h)));
        g.drawImage(scaled, (int) Math.round(x), (int) Math.round(y), null);
    }

    private static void shadow(Graphics2D g, double cx, double baseY, double w) {
        g.setColor(new Color(0, 0, 0, 45));
        g.fill(new Ellipse2D.Double(cx - w / 2, baseY - w * 0.06, w, w * 0.14));
    }

    private static void gloss(Graphics2D g, double x, double y, double w, double h) {
        g.setPaint(new GradientPaint((float) x, 0, new Color(255, 255, 255, 110), (float) (x + w), 0,
                new Color(255, 255, 255, 0)));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, w, w));
    }

    private static void labelBand(Graphics2D g, double x, double y, double w, double h, Color label, Color accent,
                                  String name) {
        g.setColor(label);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x, y + h - Math.max(2, h * 0.08), w, Math.max(2, h * 0.08)));
        Typography.fitted(g, name, x + w / 2, y + h * 0.46, w * 0.86, h * 0.42, accent.darker());
    }

    private static void bottle(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                               String name) {
        double w = h * 0.36;
        double bodyTop = base - h * 0.7;
        Path2D p = new Path2D.Double();
        p.moveTo(cx - w / 2, base - w * 0.15);
        p.lineTo(cx - w / 2, bodyTop + w * 0.3);
        p.quadTo(cx - w / 2, bodyTop, cx - w * 0.2, bodyTop - h * 0.08);
        p.lineTo(cx - w * 0.2, base - h * 0.9);
        p.lineTo(cx + w * 0.2, base - h * 0.9);
        p.lineTo(cx + w * 0.2, bodyTop - h * 0.08);
        p.quadTo(cx + w / 2, bodyTop, cx + w / 2, bodyTop + w * 0.3);
        p.lineTo(cx + w / 2, base - w * 0.15);
        p.quadTo(cx + w / 2, base, cx + w * 0.35, base);
        p.lineTo(cx - w * 0.35, base);
        p.quadTo(cx - w / 2, base, cx - w / 2, base - w * 0.15);
        g.setPaint(new GradientPaint((float) (cx - w / 2), 0, body.brighter(), (float) (cx + w / 2), 0, body.darker()));
        g.fill(p);
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(cx - w * 0.24, base - h, w * 0.48, h * 0.11, 8, 8));
        labelBand(g, cx - w / 2, base - h * 0.5, w, h * 0.26, label, accent, name);
        gloss(g, cx - w * 0.38, bodyTop + w * 0.2, w * 0.12, h * 0.5);
    }

    private static void can(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                            String name) {
        double w = h * 0.5;
        double top = base - h * 0.85;
        g.setPaint(new GradientPaint((float) (cx - w / 2), 0, body.brighter(), (float) (cx + w / 2), 0, body.darker()));
        g.fill(new RoundRectangle2D.Double(cx - w / 2, top, w, base - top, w * 0.2, w * 0.2));
        g.setColor(new Color(0xC9CED3));
        g.fill(new Ellipse2D.Double(cx - w / 2, top - w * 0.08, w, w * 0.22));
        g.setColor(new Color(0x9AA1A8));
        g.fill(new Ellipse2D.Double(cx - w * 0.12, top - w * 0.02, w * 0.24, w * 0.08));
        labelBand(g, cx - w / 2, top + h * 0.25, w, h * 0.3, label, accent, name);
        gloss(g, cx - w * 0.36, top + h * 0.05, w * 0.1, h * 0.7);
    }

    private static void jar(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                            String name) {
        double w = h * 0.95;
        g.setPaint(new GradientPaint((float) (cx - w / 2), 0, body.brighter(), (float) (cx + w / 2), 0, body.darker()));
        g.fill(new RoundRectangle2D.Double(cx - w / 2, base - h * 0.8, w, h * 0.8, w * 0.3, w * 0.3));
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(cx - w * 0.46, base - h, w * 0.92, h * 0.24, 14, 14));
        labelBand(g, cx - w * 0.4, base - h * 0.58, w * 0.8, h * 0.32, label, accent, name);
        gloss(g, cx - w * 0.42, base - h * 0.7, w * 0.07, h * 0.5);
    }

    private static void tube(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                             String name) {
        double w = h * 0.32;
        Path2D p = new Path2D.Double();
        p.moveTo(cx - w * 0.55, base - h);
        p.lineTo(cx + w * 0.55, base - h);
        p.lineTo(cx + w * 0.4, base - h * 0.15);
        p.lineTo(cx - w * 0.4, base - h * 0.15);
        p.closePath();
        g.setPaint(new GradientPaint((float) (cx - w / 2), 0, body.brighter(), (float) (cx + w / 2), 0, body.darker()));
        g.fill(p);
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(cx - w * 0.3, base - h * 0.16, w * 0.6, h * 0.16, 10, 10));
        labelBand(g, cx - w * 0.45, base - h * 0.7, w * 0.9, h * 0.25, label, accent, name);
    }

    private static void pouch(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                              String name) {
        double w = h * 0.72;
        Path2D p = new Path2D.Double();
        p.moveTo(cx - w * 0.45, base - h);
        p.lineTo(cx + w * 0.45, base - h);
        p.quadTo(cx + w * 0.55, base - h * 0.4, cx + w / 2, base);
        p.lineTo(cx - w / 2, base);
        p.quadTo(cx - w * 0.55, base - h * 0.4, cx - w * 0.45, base - h);
        g.setPaint(new GradientPaint(0, (float) (base - h), body.brighter(), 0, (float) base, body));
        g.fill(p);
        g.setColor(body.darker());
        g.setStroke(new BasicStroke((float) Math.max(2, h * 0.01)));
        for (double x = cx - w * 0.45; x < cx + w * 0.45; x += w * 0.06) {
            g.drawLine((int) x, (int) (base - h), (int) (x + w * 0.03), (int) (base - h * 0.97));
        }
        labelBand(g, cx - w * 0.38, base - h * 0.68, w * 0.76, h * 0.3, label, accent, name);
        g.setColor(new Color(255, 255, 255, 140));
        g.fill(new Ellipse2D.Double(cx - w * 0.15, base - h * 0.32, w * 0.3, h * 0.2));
    }

    private static void box(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                            String name) {
        double w = h * 0.85;
        double d = w * 0.18;
        g.setColor(body.darker());
        Path2D side = new Path2D.Double();
        side.moveTo(cx + w / 2, base - h);
        side.lineTo(cx + w / 2 + d, base - h - d * 0.6);
        side.lineTo(cx + w / 2 + d, base - d * 0.6);
        side.lineTo(cx + w / 2, base);
        side.closePath();
        g.fill(side);
        g.setColor(body.brighter());
        Path2D top = new Path2D.Double();
        top.moveTo(cx - w / 2, base - h);
        top.lineTo(cx - w / 2 + d, base - h - d * 0.6);
        top.lineTo(cx + w / 2 + d, base - h - d * 0.6);
        top.lineTo(cx + w / 2, base - h);
        top.closePath();
        g.fill(top);
        g.setColor(body);
        g.fill(new Rectangle2D.Double(cx - w / 2, base - h, w, h));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(cx - w / 2, base - h * 0.2, w, h * 0.08));
        labelBand(g, cx - w * 0.4, base - h * 0.7, w * 0.8, h * 0.34, label, accent, name);
    }

    private static void shoe(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                             String name) {
        double w = h * 2.2;
        double x = cx - w / 2;
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(x, base - h * 0.2, w, h * 0.2, h * 0.2, h * 0.2));
        Path2D p = new Path2D.Double();
        p.moveTo(x + w * 0.02, base - h * 0.18);
        p.quadTo(x, base - h * 0.6, x + w * 0.12, base - h * 0.9);
        p.lineTo(x + w * 0.38, base - h);
        p.quadTo(x + w * 0.45, base - h * 0.6, x + w * 0.6, base - h * 0.55);
        p.quadTo(x + w * 0.95, base - h * 0.45, x + w, base - h * 0.18);
        p.closePath();
        g.setPaint(new GradientPaint(0, (float) (base - h), body.brighter(), 0, (float) base, body));
        g.fill(p);
        g.setColor(label);
        g.setStroke(new BasicStroke((float) Math.max(2, h * 0.03)));
        for (int i = 0; i < 3; i++) {
            double lx = x + w * (0.36 + i * 0.06);
            g.drawLine((int) lx, (int) (base - h * (0.78 - i * 0.06)), (int) (lx + w * 0.05),
                    (int) (base - h * (0.7 - i * 0.06)));
        }
        Typography.fitted(g, name, cx, base + h * 0.22, w * 0.9, h * 0.22, accent.darker());
    }

    private static void phone(Graphics2D g, double cx, double base, double h, Color body, Color accent, Color label,
                              String name) {
        double w = h * 0.5;
        double x = cx - w / 2;
        double y = base - h;
        g.setColor(new Color(0x22252B));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, w * 0.22, w * 0.22));
        g.setPaint(new GradientPaint((float) x, (float) y, accent, (float) (x + w), (float) base, body));
        g.fill(new RoundRectangle2D.Double(x + w * 0.05, y + w * 0.05, w * 0.9, h - w * 0.1, w * 0.16, w * 0.16));
        g.setColor(new Color(0x22252B));
        g.fill(new RoundRectangle2D.Double(cx - w * 0.14, y + w * 0.08, w * 0.28, w * 0.07, 8, 8));
        Typography.fitted(g, name, cx, y + h * 0.45, w * 0.8, h * 0.1, label);
        gloss(g, x + w * 0.1, y + h * 0.1, w * 0.08, h * 0.6);
    }

    private static void appliance(Graphics2D g, double cx, double base, double h, Color body, Color accent,
                                  Color label, String name) {
        double w = h * 1.2;
        g.setPaint(new GradientPaint((float) (cx - w / 2), 0, body.brighter(), (float) (cx + w / 2), 0, body.darker()));
        g.fill(new RoundRectangle2D.Double(cx - w / 2, base - h * 0.8, w, h * 0.8, w * 0.25, w * 0.25));
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(cx - w * 0.5, base - h * 0.92, w, h * 0.22));
        g.fill(new RoundRectangle2D.Double(cx - w * 0.08, base - h, w * 0.16, h * 0.1, 8, 8));
        g.fill(new RoundRectangle2D.Double(cx - w * 0.62, base - h * 0.6, w * 0.14, h * 0.08, 8, 8));
        g.fill(new RoundRectangle2D.Double(cx + w * 0.48, base - h * 0.6, w * 0.14, h * 0.08, 8, 8));
        labelBand(g, cx - w * 0.32, base - h * 0.52, w * 0.64, h * 0.24, label, accent, name);
    }

    private static void headphones(Graphics2D g, double cx, double base, double h, Color body, Color accent,
                                   Color label, String name) {
        double w = h * 0.9;
        g.setColor(body);
        g.setStroke(new BasicStroke((float) (h * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Arc2D.Double(cx - w / 2, base - h, w, h * 1.2, 0, 180, java.awt.geom.Arc2D.OPEN));
        g.setStroke(new BasicStroke(1f));
        for (int side = -1; side <= 1; side += 2) {
            double x = cx + side * w / 2;
            g.setColor(body.darker());
            g.fill(new RoundRectangle2D.Double(x - h * 0.13, base - h * 0.48, h * 0.26, h * 0.42, h * 0.12, h * 0.12));
            g.setColor(accent);
            g.fill(new RoundRectangle2D.Double(x - h * 0.08 - side * h * 0.05, base - h * 0.42, h * 0.1, h * 0.3,
                    h * 0.06, h * 0.06));
        }
        Typography.fitted(g, name, cx, base + h * 0.1, w * 1.3, h * 0.12, label.equals(Color.WHITE)
                ? accent.darker() : label);
    }
}
