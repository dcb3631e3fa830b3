package dev.filmgen.offline.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;

/** Draws a stylised flat character: hair, head, face, body in the clothes colours, arms and legs. */
public final class FigurePainter {
    private FigurePainter() {
    }

    /** A whole figure standing on {@code base}, {@code height} tall (children are drawn shorter). */
    public static void standing(Graphics2D g, Figure f, double cx, double base, double height, boolean waving) {
        posed(g, f, cx, base, height, waving ? Staging.Action.CHEER : Staging.Action.STAND, 1);
    }

    /**
     * A whole figure on {@code base} doing {@code action}, its busy hand on side {@code side} (1 right, -1 left);
     * returns where that hand is, so the caller can put the product in it.
     */
    public static Point2D posed(Graphics2D g, Figure f, double cx, double base, double height, Staging.Action action,
                                int side) {
        double hgt = f.kid() ? height * 0.68 : height;
        double r = hgt * (f.kid() ? 0.12 : 0.09);
        double headY = base - hgt + r;
        double shoulder = headY + r * 1.35;
        double hip = base - hgt * 0.42;
        double tw = hgt * (f.female() ? 0.24 : 0.28);
        double len = (hip - shoulder) * 0.95;
        float aw = (float) (tw * 0.22);
        boolean run = action == Staging.Action.RUN;
        g.setColor(new Color(0, 0, 0, 35));
        g.fill(new Ellipse2D.Double(cx - tw * (run ? 1.3 : 0.9), base - hgt * 0.02, tw * (run ? 2.6 : 1.8), hgt * 0.05));
        if (run) {
            speedLines(g, cx - side * tw * 1.4, shoulder, hip, tw, side);
        }
        legs(g, f, cx, hip, base, tw, run ? side : 0);
        double sx = cx + side * tw * 0.45;
        double ox = cx - side * tw * 0.45;
        Point2D hand;
        switch (action) {
            case RUN -> {
                arm(g, f, aw, ox, shoulder + aw, cx - side * tw * 0.95, shoulder + len * 0.55, cx - side * tw * 1.15,
                        shoulder + len * 0.8);
                hand = new Point2D.Double(cx + side * tw * 1.0, shoulder + len * 0.05);
            }
            case CHEER -> {
                arm(g, f, aw, ox, shoulder + aw, cx - side * tw * 0.95, shoulder - len * 0.35);
                hand = new Point2D.Double(cx + side * tw * 0.95, shoulder - len * 0.35);
            }
            default -> {
                arm(g, f, aw, ox, shoulder + aw, cx - side * tw * 0.75, shoulder + len);
                hand = switch (action) {
                    case HOLD -> new Point2D.Double(cx + side * tw * 0.95, shoulder + len * 0.45);
                    case DRINK -> new Point2D.Double(cx + side * r * 1.4, headY + r * 1.3);
                    case POINT -> new Point2D.Double(cx + side * tw * 1.55, shoulder + len * 0.1);
                    default -> new Point2D.Double(cx + side * tw * 0.75, shoulder + len);
                };
            }
        }
        boolean inFront = action == Staging.Action.DRINK || action == Staging.Action.HOLD;
        if (!inFront) {
            activeArm(g, f, aw, sx, shoulder, len, hand, action, side, tw);
        }
        g.setColor(f.top());
        g.fill(new RoundRectangle2D.Double(cx - tw / 2, shoulder, tw, hip - shoulder + hgt * 0.04, tw * 0.5, tw * 0.5));
        g.setColor(f.top().darker());
        g.fill(new RoundRectangle2D.Double(cx - tw * 0.1, shoulder - r * 0.05, tw * 0.2, r * 0.35, 6, 6));
        head(g, f, cx, headY, r);
        if (inFront) {
            activeArm(g, f, aw, sx, shoulder, len, hand, action, side, tw);
        }
        if (run) {
            sweat(g, cx, headY, r, side);
        }
        g.setStroke(new BasicStroke(1f));
        return hand;
    }

    private static void activeArm(Graphics2D g, Figure f, float aw, double sx, double shoulder, double len,
                                  Point2D hand, Staging.Action action, int side, double tw) {
        if (action == Staging.Action.RUN || action == Staging.Action.DRINK) {
            double ex = action == Staging.Action.RUN ? sx + side * tw * 0.55 : sx + side * tw * 0.7;
            double ey = action == Staging.Action.RUN ? shoulder + len * 0.5 : shoulder + len * 0.55;
            arm(g, f, aw, sx, shoulder + aw, ex, ey, hand.getX(), hand.getY());
        } else {
            arm(g, f, aw, sx, shoulder + aw, hand.getX(), hand.getY());
        }
    }

    /** A sleeve through the given points (shoulder, [elbow,] hand) and a hand at its end. */
    private static void arm(Graphics2D g, Figure f, float aw, double... xy) {
        g.setStroke(new BasicStroke(aw, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(f.top());
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        g.draw(p);
        g.setColor(f.skin());
        double hx = xy[xy.length - 2];
        double hy = xy[xy.length - 1];
        g.fill(new Ellipse2D.Double(hx - aw * 0.6, hy - aw * 0.6, aw * 1.2, aw * 1.2));
    }

    private static void legs(Graphics2D g, Figure f, double cx, double hip, double base, double tw, int stride) {
        double lw = tw * 0.32;
        if (stride != 0) {
            g.setStroke(new BasicStroke((float) lw, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            boolean skirt = f.female() && !f.kid();
            g.setColor(skirt ? f.skin() : f.bottom());
            double knee = hip + (base - hip) * 0.5;
            Path2D front = new Path2D.Double();
            front.moveTo(cx, hip + lw * 0.3);
            front.lineTo(cx + stride * tw * 0.6, knee);
            front.lineTo(cx + stride * tw * 0.75, base - lw * 0.4);
            Path2D back = new Path2D.Double();
            back.moveTo(cx, hip + lw * 0.3);
            back.lineTo(cx - stride * tw * 0.35, knee + (base - hip) * 0.1);
            back.lineTo(cx - stride * tw * 0.95, base - (base - hip) * 0.25);
            g.draw(front);
            g.draw(back);
            g.setColor(new Color(0x33302E));
            g.fill(new Ellipse2D.Double(cx + stride * tw * 0.75 - lw * 0.5, base - lw * 0.6, lw * 1.3, lw * 0.55));
            g.fill(new Ellipse2D.Double(cx - stride * tw * 0.95 - lw * 0.8, base - (base - hip) * 0.25 - lw * 0.3,
                    lw * 1.3, lw * 0.55));
            if (skirt) {
                g.setColor(f.bottom());
                Path2D s = new Path2D.Double();
                s.moveTo(cx - tw * 0.45, hip);
                s.lineTo(cx + tw * 0.45, hip);
                s.lineTo(cx + tw * 0.8, hip + (base - hip) * 0.45);
                s.lineTo(cx - tw * 0.8, hip + (base - hip) * 0.45);
                s.closePath();
                g.fill(s);
            }
            g.setStroke(new BasicStroke(1f));
            return;
        }
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

    private static void speedLines(Graphics2D g, double x, double top, double bottom, double tw, int side) {
        g.setColor(new Color(255, 255, 255, 170));
        g.setStroke(new BasicStroke((float) Math.max(2, tw * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            double y = top + (bottom - top) * (0.2 + i * 0.3);
            g.draw(new java.awt.geom.Line2D.Double(x, y, x - side * tw * (0.6 + 0.2 * (i % 2)), y));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void sweat(Graphics2D g, double cx, double cy, double r, int side) {
        g.setColor(new Color(0x8FD3FF));
        for (int i = 0; i < 3; i++) {
            double x = cx - side * r * (1.25 + i * 0.28);
            double y = cy - r * (0.55 - i * 0.45);
            double d = r * (0.22 - i * 0.03);
            Path2D drop = new Path2D.Double();
            drop.moveTo(x, y - d * 1.3);
            drop.quadTo(x + d * 0.9, y + d * 0.2, x, y + d * 0.6);
            drop.quadTo(x - d * 0.9, y + d * 0.2, x, y - d * 1.3);
            g.fill(drop);
        }
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
