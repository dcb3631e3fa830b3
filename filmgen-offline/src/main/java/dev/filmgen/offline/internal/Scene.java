package dev.filmgen.offline.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

/** Paints a flat-illustration backdrop: the category's gradient plus a few cues of the setting. */
public final class Scene {
    private Scene() {
    }

    /** Paints the backdrop over the whole {@code w}x{@code h} canvas; returns the floor line (y). */
    public static int paint(Graphics2D g, int w, int h, Category cat, Setting setting, Random rnd) {
        Color[] p = cat.palette();
        g.setPaint(new GradientPaint(0, 0, p[0], 0, h, p[1]));
        g.fillRect(0, 0, w, h);
        int floor = (int) (h * 0.72);
        switch (setting) {
            case BEACH -> beach(g, w, h, floor);
            case KITCHEN -> kitchen(g, w, h, floor, p);
            case OFFICE, CAFE -> office(g, w, h, floor, setting == Setting.CAFE, rnd);
            case STREET -> street(g, w, h, floor, rnd);
            case PARK -> park(g, w, h, floor, rnd);
            case BATHROOM, BEDROOM -> vanity(g, w, h, floor, setting == Setting.BEDROOM, p);
            case HOME -> home(g, w, h, floor, p);
            default -> studio(g, w, h, floor, p, rnd);
        }
        return floor;
    }

    private static void beach(Graphics2D g, int w, int h, int floor) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x7EC8F2), 0, floor, new Color(0xD8F1FF)));
        g.fillRect(0, 0, w, floor);
        g.setColor(new Color(0xFFE08A));
        double r = Math.min(w, h) * 0.12;
        g.fill(new Ellipse2D.Double(w * 0.78 - r, h * 0.16 - r, 2 * r, 2 * r));
        int sea = (int) (floor - h * 0.12);
        g.setColor(new Color(0x2FA7D8));
        g.fillRect(0, sea, w, floor - sea);
        g.setColor(new Color(255, 255, 255, 120));
        for (int i = 0; i < 6; i++) {
            g.fillRoundRect((int) (w * (0.05 + i * 0.16)), sea + (i % 2) * 12 + 8, (int) (w * 0.08), 4, 4, 4);
        }
        g.setColor(new Color(0xF3D9A4));
        g.fillRect(0, floor, w, h - floor);
        palm(g, w * 0.1, floor, h * 0.45);
    }

    private static void palm(Graphics2D g, double x, double base, double height) {
        g.setColor(new Color(0x8A5A35));
        Path2D trunk = new Path2D.Double();
        trunk.moveTo(x - height * 0.03, base);
        trunk.quadTo(x + height * 0.05, base - height * 0.5, x + height * 0.12, base - height);
        trunk.lineTo(x + height * 0.15, base - height);
        trunk.quadTo(x + height * 0.09, base - height * 0.5, x + height * 0.03, base);
        trunk.closePath();
        g.fill(trunk);
        g.setColor(new Color(0x2E9E5B));
        for (int i = 0; i < 5; i++) {
            double a = Math.PI * (1.05 + i * 0.22);
            Path2D leaf = new Path2D.Double();
            double tx = x + height * 0.13;
            double ty = base - height;
            leaf.moveTo(tx, ty);
            leaf.quadTo(tx + Math.cos(a) * height * 0.2, ty + Math.sin(a) * height * 0.25 - height * 0.08,
                    tx + Math.cos(a) * height * 0.35, ty + Math.sin(a) * height * 0.2 + height * 0.12);
            leaf.quadTo(tx + Math.cos(a) * height * 0.15, ty + Math.sin(a) * height * 0.1, tx, ty);
            g.fill(leaf);
        }
    }

    private static void kitchen(Graphics2D g, int w, int h, int floor, Color[] p) {
        g.setColor(new Color(0xF7F3EA));
        g.fillRect(0, 0, w, floor);
        g.setColor(new Color(0xE6DED0));
        int tile = Math.max(16, h / 14);
        for (int y = (int) (h * 0.3); y < floor; y += tile) {
            g.drawLine(0, y, w, y);
        }
        for (int x = 0; x < w; x += tile) {
            g.drawLine(x, (int) (h * 0.3), x, floor);
        }
        g.setColor(p[2].brighter());
        for (int i = 0; i < 4; i++) {
            g.fill(new RoundRectangle2D.Double(w * (0.05 + i * 0.24), h * 0.04, w * 0.2, h * 0.2, 12, 12));
        }
        g.setColor(new Color(0xB9A48A));
        g.fillRect(0, floor, w, h - floor);
        g.setColor(new Color(0x9C876E));
        g.fillRect(0, floor, w, Math.max(4, h / 60));
    }

    private static void office(Graphics2D g, int w, int h, int floor, boolean cafe, Random rnd) {
        g.setColor(cafe ? new Color(0xEADBC8) : new Color(0xE9EEF5));
        g.fillRect(0, 0, w, floor);
        int wx = (int) (w * 0.08);
        int ww = (int) (w * 0.5);
        int wh = (int) (h * 0.45);
        g.setPaint(new GradientPaint(0, 0, new Color(0x9CC9F0), 0, wh, new Color(0xDDEFFC)));
        g.fillRect(wx, (int) (h * 0.08), ww, wh);
        g.setColor(new Color(0x8EA3B8));
        for (int i = 0; i < 7; i++) {
            int bw = ww / 8;
            int bh = (int) (wh * (0.25 + rnd.nextDouble() * 0.5));
            g.fillRect(wx + i * (bw + 4) + 4, (int) (h * 0.08) + wh - bh, bw, bh);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new java.awt.BasicStroke(Math.max(3, w / 200f)));
        g.drawRect(wx, (int) (h * 0.08), ww, wh);
        g.drawLine(wx + ww / 2, (int) (h * 0.08), wx + ww / 2, (int) (h * 0.08) + wh);
        if (cafe) {
            g.setColor(new Color(0x6B4A35));
            for (int i = 0; i < 3; i++) {
                int lx = (int) (w * (0.65 + i * 0.12));
                g.drawLine(lx, 0, lx, (int) (h * 0.12));
                g.fill(new Ellipse2D.Double(lx - w * 0.025, h * 0.12, w * 0.05, h * 0.04));
            }
        } else {
            g.setColor(new Color(0x3E8E5E));
            g.fill(new Ellipse2D.Double(w * 0.82, floor - h * 0.3, w * 0.1, h * 0.18));
            g.setColor(new Color(0xC77B4A));
            g.fillRect((int) (w * 0.84), (int) (floor - h * 0.14), (int) (w * 0.06), (int) (h * 0.14));
        }
        g.setColor(cafe ? new Color(0x8C6A50) : new Color(0xCDB89B));
        g.fillRect(0, floor, w, h - floor);
    }

    private static void street(Graphics2D g, int w, int h, int floor, Random rnd) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xFFC9A3), 0, floor, new Color(0xFFF0DD)));
        g.fillRect(0, 0, w, floor);
        int x = 0;
        Color[] tones = {new Color(0xE07A5F), new Color(0x81B29A), new Color(0xF2CC8F), new Color(0x3D5A80)};
        while (x < w) {
            int bw = (int) (w * (0.1 + rnd.nextDouble() * 0.1));
            int bh = (int) (floor * (0.35 + rnd.nextDouble() * 0.45));
            Color c = tones[rnd.nextInt(tones.length)];
            g.setColor(c);
            g.fillRect(x, floor - bh, bw, bh);
            g.setColor(new Color(255, 255, 255, 150));
            for (int wy = floor - bh + 12; wy < floor - 20; wy += Math.max(14, h / 24)) {
                for (int wxx = x + 8; wxx < x + bw - 12; wxx += Math.max(14, w / 50)) {
                    g.fillRect(wxx, wy, Math.max(5, w / 120), Math.max(6, h / 60));
                }
            }
            x += bw + 2;
        }
        g.setColor(new Color(0x5B5F66));
        g.fillRect(0, floor, w, h - floor);
        g.setColor(new Color(0xF4F1DE));
        for (int sx = 0; sx < w; sx += w / 8) {
            g.fillRect(sx, floor + (h - floor) / 2, w / 16, Math.max(3, h / 90));
        }
    }

    private static void park(Graphics2D g, int w, int h, int floor, Random rnd) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x9ED8F5), 0, floor, new Color(0xE8F7FF)));
        g.fillRect(0, 0, w, floor);
        g.setColor(new Color(0x9BD38A));
        g.fill(new Ellipse2D.Double(-w * 0.2, floor - h * 0.2, w * 0.8, h * 0.5));
        g.fill(new Ellipse2D.Double(w * 0.4, floor - h * 0.16, w * 0.9, h * 0.45));
        for (int i = 0; i < 4; i++) {
            double tx = w * (0.05 + i * 0.27 + rnd.nextDouble() * 0.05);
            double th = h * (0.25 + rnd.nextDouble() * 0.1);
            g.setColor(new Color(0x7A5236));
            g.fillRect((int) tx, (int) (floor - th * 0.5), Math.max(6, w / 90), (int) (th * 0.5));
            g.setColor(new Color(0x3C9D4E));
            g.fill(new Ellipse2D.Double(tx - th * 0.3, floor - th, th * 0.65, th * 0.62));
        }
        g.setColor(new Color(0x6CBF5A));
        g.fillRect(0, floor, w, h - floor);
        g.setColor(new Color(0xE9D8B4));
        Path2D path = new Path2D.Double();
        path.moveTo(w * 0.45, floor);
        path.lineTo(w * 0.55, floor);
        path.lineTo(w * 0.75, h);
        path.lineTo(w * 0.25, h);
        path.closePath();
        g.fill(path);
    }

    private static void vanity(Graphics2D g, int w, int h, int floor, boolean bedroom, Color[] p) {
        g.setColor(bedroom ? new Color(0xF6EDE4) : new Color(0xEFF6F6));
        g.fillRect(0, 0, w, floor);
        g.setColor(new Color(0xFFFFFF));
        g.fill(new Ellipse2D.Double(w * 0.58, h * 0.08, w * 0.26, h * 0.5));
        g.setColor(p[2]);
        g.setStroke(new java.awt.BasicStroke(Math.max(4, w / 150f)));
        g.draw(new Ellipse2D.Double(w * 0.58, h * 0.08, w * 0.26, h * 0.5));
        g.setColor(new Color(0xF2C6CF));
        g.fill(new Ellipse2D.Double(w * 0.1, h * 0.12, w * 0.08, w * 0.08));
        g.setColor(bedroom ? new Color(0xD9B99B) : new Color(0xE3E8EC));
        g.fillRect(0, floor, w, h - floor);
    }

    private static void home(Graphics2D g, int w, int h, int floor, Color[] p) {
        g.setColor(new Color(0xF8F1E7));
        g.fillRect(0, 0, w, floor);
        g.setPaint(new GradientPaint(0, 0, new Color(0xBFE3F7), 0, h * 0.4f, new Color(0xEAF6FD)));
        g.fillRect((int) (w * 0.62), (int) (h * 0.1), (int) (w * 0.28), (int) (h * 0.36));
        g.setColor(Color.WHITE);
        g.setStroke(new java.awt.BasicStroke(Math.max(3, w / 200f)));
        g.drawRect((int) (w * 0.62), (int) (h * 0.1), (int) (w * 0.28), (int) (h * 0.36));
        g.setColor(p[2].darker());
        g.fill(new RoundRectangle2D.Double(w * 0.04, floor - h * 0.2, w * 0.34, h * 0.2, 30, 30));
        g.setColor(p[2]);
        g.fill(new RoundRectangle2D.Double(w * 0.02, floor - h * 0.28, w * 0.38, h * 0.1, 30, 30));
        g.setColor(new Color(0xC9A27E));
        g.fillRect(0, floor, w, h - floor);
        g.setColor(new Color(0xE8D3BC));
        g.fill(new Ellipse2D.Double(w * 0.15, floor + (h - floor) * 0.2, w * 0.7, (h - floor) * 0.6));
    }

    private static void studio(Graphics2D g, int w, int h, int floor, Color[] p, Random rnd) {
        for (int i = 0; i < 5; i++) {
            double r = Math.min(w, h) * (0.1 + rnd.nextDouble() * 0.25);
            double cx = rnd.nextDouble() * w;
            double cy = rnd.nextDouble() * floor;
            g.setPaint(new RadialGradientPaint((float) cx, (float) cy, (float) r, new float[] {0f, 1f},
                    new Color[] {new Color(255, 255, 255, 110), new Color(255, 255, 255, 0)}));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        g.setColor(new Color(p[2].getRed(), p[2].getGreen(), p[2].getBlue(), 60));
        g.fill(new Ellipse2D.Double(w * 0.2, floor - h * 0.05, w * 0.6, h * 0.14));
        g.setColor(new Color(p[1].getRed(), p[1].getGreen(), p[1].getBlue(), 200));
        g.fillRect(0, floor + (int) (h * 0.05), w, h);
    }
}
