package dev.filmgen.offline.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/** Draws a stylised flat character: hair, head, face, body in the clothes colours, arms and legs. */
public final class FigurePainter {
    private FigurePainter() {
    }

    /** A whole figure standing on {@code base}, {@code height} tall (children are drawn shorter). */
    public static void standing(Graphics2D g, Figure f, double cx, double base, double height, boolean waving) {
        double hgt = f.kid() ? height * 0.68 : height;
        double r = hgt * (f.kid() ? 0.12 : 0.09);
        double headY = base - hgt + r;
        double shoulder = headY + r * 1.35;
        double hip = base - hgt * 0.42;
        double tw = hgt * (f.female() ? 0.24 : 0.28);
        g.setColor(new Color(0, 0, 0, 35));
        g.fill(new Ellipse2D.Double(cx - tw * 0.9, base - hgt * 0.02, tw * 1.8, hgt * 0.05));
        legs(g, f, cx, hip, base, tw);
        arms(g, f, cx, shoulder, hip, tw, r, waving);
        g.setColor(f.top());
        g.fill(new RoundRectangle2D.Double(cx - tw / 2, shoulder, tw, hip - shoulder + hgt * 0.04, tw * 0.5, tw * 0.5));
        g.setColor(f.top().darker());
        g.fill(new RoundRectangle2D.Double(cx - tw * 0.1, shoulder - r * 0.05, tw * 0.2, r * 0.35, 6, 6));
        head(g, f, cx, headY, r);
    }

    private static void legs(Graphics2D g, Figure f, double cx, double hip, double base, double tw) {
        double lw = tw * 0.32;
        if (f.female() && !f.kid()) {
            Path2D skirt = new Path2D.Double();
            skirt.moveTo(cx - tw * 0.45, hip);
            skirt.lineTo(cx + tw * 0.45, hip);
            skirt.lineTo(cx + tw * 0.7, hip + (base - hip) * 0.55);
            skirt.lineTo(cx - tw * 0.7, hip + (base - hip) * 0.55);
            skirt.closePath();
            g.setColor(f.skin());
            g.fill(new RoundRectangle2D.Double(cx - tw * 0.3, hip, lw * 0.8, base - hip, lw, lw));
            g.fill(new RoundRectangle2D.Double(cx + tw * 0.3 - lw * 0.8, hip, lw * 0.8, base - hip, lw, lw));
            g.setColor(f.bottom());
            g.fill(skirt);
        } else {
            g.setColor(f.bottom());
            g.fill(new RoundRectangle2D.Double(cx - tw * 0.42, hip, lw, base - hip, lw * 0.6, lw * 0.6));
            g.fill(new RoundRectangle2D.Double(cx + tw * 0.42 - lw, hip, lw, base - hip, lw * 0.6, lw * 0.6));
        }
        g.setColor(new Color(0x33302E));
        g.fill(new RoundRectangle2D.Double(cx - tw * 0.5, base - lw * 0.45, lw * 1.3, lw * 0.5, lw * 0.4, lw * 0.4));
        g.fill(new RoundRectangle2D.Double(cx + tw * 0.5 - lw * 1.3, base - lw * 0.45, lw * 1.3, lw * 0.5, lw * 0.4,
                lw * 0.4));
    }

    private static void arms(Graphics2D g, Figure f, double cx, double shoulder, double hip, double tw, double r,
                             boolean waving) {
        float aw = (float) (tw * 0.22);
        g.setStroke(new BasicStroke(aw, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(f.top());
        double len = (hip - shoulder) * 0.95;
        g.draw(new java.awt.geom.Line2D.Double(cx - tw * 0.45, shoulder + aw, cx - tw * 0.75, shoulder + len));
        double hx = waving ? cx + tw * 0.95 : cx + tw * 0.75;
        double hy = waving ? shoulder - len * 0.35 : shoulder + len;
        g.draw(new java.awt.geom.Line2D.Double(cx + tw * 0.45, shoulder + aw, hx, hy));
        g.setColor(f.skin());
        g.fill(new Ellipse2D.Double(cx - tw * 0.75 - aw * 0.6, shoulder + len - aw * 0.4, aw * 1.2, aw * 1.2));
        g.fill(new Ellipse2D.Double(hx - aw * 0.6, hy - aw * 0.6, aw * 1.2, aw * 1.2));
        g.setStroke(new BasicStroke(1f));
    }

    private static void head(Graphics2D g, Figure f, double cx, double cy, double r) {
        g.setColor(f.hair());
        if (f.longHair()) {
            g.fill(new RoundRectangle2D.Double(cx - r * 1.15, cy - r * 1.1, r * 2.3, r * 3.0, r * 1.2, r * 1.2));
        }
        g.setColor(f.skin());
        g.fill(new RoundRectangle2D.Double(cx - r * 0.28, cy + r * 0.7, r * 0.56, r * 0.6, 6, 6));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(f.hair());
        g.fill(new Arc2D.Double(cx - r * 1.05, cy - r * 1.12, r * 2.1, r * 1.5, 0, 180, Arc2D.CHORD));
        g.fill(new Ellipse2D.Double(cx - r * 1.02, cy - r * 0.7, r * 0.45, r * 0.9));
        g.fill(new Ellipse2D.Double(cx + r * 0.57, cy - r * 0.7, r * 0.45, r * 0.9));
        g.setColor(new Color(0x2B2320));
        double e = r * 0.13;
        g.fill(new Ellipse2D.Double(cx - r * 0.4 - e, cy + r * 0.05 - e, 2 * e, 2 * e));
        g.fill(new Ellipse2D.Double(cx + r * 0.4 - e, cy + r * 0.05 - e, 2 * e, 2 * e));
        g.setColor(new Color(240, 120, 120, 110));
        g.fill(new Ellipse2D.Double(cx - r * 0.75, cy + r * 0.28, r * 0.36, r * 0.2));
        g.fill(new Ellipse2D.Double(cx + r * 0.39, cy + r * 0.28, r * 0.36, r * 0.2));
        g.setColor(new Color(0xA0463C));
        g.setStroke(new BasicStroke((float) Math.max(1.5, r * 0.08), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(cx - r * 0.32, cy + r * 0.15, r * 0.64, r * 0.45, 200, 140, Arc2D.OPEN));
        g.setStroke(new BasicStroke(1f));
    }
}
