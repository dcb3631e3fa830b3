package dev.filmgen.offline.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/** Lays out one painted picture: backdrop, characters, product hero and slogan. */
public final class Canvas {
    /** What a picture shows. */
    public record Spec(int width, int height, Category category, Setting setting, List<Figure> figures,
                       boolean portrait, BufferedImage photo, String shape, Color body, String product,
                       String slogan, Staging staging, Random random) {
    }

    private Canvas() {
    }

    /** Paints the picture a spec describes. */
    public static BufferedImage paint(Spec s) {
        int w = s.width();
        int h = s.height();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Staging st = s.staging();
            boolean close = st.shot() == Staging.Shot.NEAR || st.shot() == Staging.Shot.CLOSE;
            // the scene seen from the other side for mirrored boards, from closer for close shots
            Graphics2D view = (Graphics2D) g.create();
            double zoom = s.portrait() ? 1.0 : close ? 1.35 : 1.0;
            view.translate(w * 0.5, h);
            view.scale(st.mirrored() && !s.portrait() ? -zoom : zoom, zoom);
            view.translate(-w * 0.5, -h);
            int floor = (int) (h - (h - Scene.paint(view, w, h, s.category(), s.setting(), s.random())) * zoom);
            view.dispose();
            Color[] p = s.category().palette();
            if (s.portrait()) {
                g.setColor(new Color(255, 255, 255, 70));
                g.fillRect(0, 0, w, h);
                Figure f = s.figures().isEmpty() ? Figure.fromText("", s.random().nextLong()) : s.figures().get(0);
                double unit = Math.min(h, w * 1.2);
                FigurePainter.standing(g, f, w / 2.0, h * 0.5 + unit * 1.17, unit * 1.45 / (f.kid() ? 0.68 : 1), false);
                return img;
            }
            tint(g, w, h, st.light());
            double ground = floor + (h - floor) * 0.45;
            boolean hasSlogan = s.slogan() != null && !s.slogan().isBlank();
            if (s.figures().isEmpty()) {
                double size = switch (st.shot()) {
                    case WIDE -> 0.42;
                    case MEDIUM -> 0.55;
                    default -> 0.68;
                };
                double cx = w * (st.shot() == Staging.Shot.WIDE ? (st.mirrored() ? 0.64 : 0.36) : 0.5);
                hero(g, s, cx, close ? h * 0.9 : ground, h * size * (h > w ? 0.7 : 1), w * 0.6, p);
            } else {
                people(g, s, w, h, ground, hasSlogan, p);
            }
            if (hasSlogan) {
                Typography.banner(g, s.slogan(), w, h, p[2]);
            }
            return img;
        } finally {
            g.dispose();
        }
    }

    /** The characters, the lead doing the board's action, and the product beside them or in the lead's hand. */
    private static void people(Graphics2D g, Spec s, int w, int h, double ground, boolean slogan, Color[] p) {
        Staging st = s.staging();
        int k = s.figures().size();
        double unit = h > w ? w * 1.1 : h;
        double fh;
        double base;
        switch (k > 1 && st.shot() == Staging.Shot.CLOSE ? Staging.Shot.NEAR : st.shot()) {
            case WIDE -> { fh = unit * 0.48; base = ground; }
            case NEAR -> { fh = unit * 0.95; base = h * 1.1; }
            case CLOSE -> { fh = unit * 1.55; base = h + unit * 1.05; }
            default -> { fh = unit * (slogan ? 0.56 : 0.64); base = ground; }
        }
        // a user's photo is shown whole beside the people, never shrunk into a hand
        boolean inHand = s.photo() == null && (st.action() == Staging.Action.HOLD
                || st.action() == Staging.Action.DRINK && ("bottle".equals(s.shape()) || "can".equals(s.shape())));
        int side = st.mirrored() ? -1 : 1;
        // people on one side, the product on the other; one person in the hand shot stands nearer the middle
        double from = inHand && k == 1 ? 0.3 : st.shot() == Staging.Shot.WIDE ? 0.12 : 0.08;
        double to = inHand && k == 1 ? 0.6 : st.shot() == Staging.Shot.WIDE ? 0.52 : 0.58;
        for (int i = k - 1; i >= 0; i--) {
            double at = k == 1 ? (from + to) / 2 : from + (to - from) * (i + 0.5) / k;
            double cx = side > 0 ? w * at : w * (1 - at);
            // a drink that is not the product, or a photo that stays whole, leaves the lead pointing at it
            Staging.Action lead = inHand || st.action() != Staging.Action.DRINK && st.action() != Staging.Action.HOLD
                    ? st.action() : Staging.Action.POINT;
            Staging.Action act = i == 0 ? lead
                    : st.action() == Staging.Action.RUN || st.action() == Staging.Action.CHEER ? st.action()
                    : Staging.Action.STAND;
            Figure f = s.figures().get(i);
            java.awt.geom.Point2D hand = FigurePainter.posed(g, f, cx, base, fh, act, side);
            if (i == 0 && inHand) {
                double scale = f.kid() ? 0.68 : 1;
                if (st.action() == Staging.Action.DRINK) {
                    drinking(g, s, hand, fh * scale * 0.09 * 2.8, side, p);
                } else {
                    double size = fh * scale * 0.3;
                    hero(g, s, hand.getX() + side * size * 0.05, hand.getY() + size * 0.35, size, w * 0.2, p, false);
                }
            }
        }
        if (!inHand) {
            double size = h * switch (st.shot()) {
                case WIDE -> 0.3;
                case MEDIUM -> 0.42;
                default -> 0.55;
            } * (h > w ? 0.6 : 1);
            double cx = side > 0 ? w * 0.78 : w * 0.22;
            hero(g, s, cx, Math.min(ground, h * 0.95), size, w * 0.3, p);
        }
    }

    /** The product tipped towards the lead's mouth, held in the hand. */
    private static void drinking(Graphics2D g, Spec s, java.awt.geom.Point2D hand, double size, int side, Color[] p) {
        Graphics2D t = (Graphics2D) g.create();
        t.translate(hand.getX(), hand.getY());
        t.rotate(-side * 1.0);
        hero(t, s, 0, size * 0.5, size, size, p, false);
        t.dispose();
        g.setColor(s.figures().get(0).skin());
        double d = size * 0.2;
        g.fill(new java.awt.geom.Ellipse2D.Double(hand.getX() - d / 2, hand.getY() - d / 2, d, d));
    }

    /** A wash of the time of day's light over the backdrop, under the people and the product. */
    private static void tint(Graphics2D g, int w, int h, Staging.Light light) {
        Color c = switch (light) {
            case MORNING -> new Color(255, 236, 200, 60);
            case SUNSET -> new Color(255, 120, 60, 80);
            case NIGHT -> new Color(20, 30, 90, 130);
            default -> null;
        };
        if (c != null) {
            g.setPaint(new java.awt.GradientPaint(0, 0, c, 0, h, new Color(c.getRed(), c.getGreen(), c.getBlue(),
                    c.getAlpha() / 3)));
            g.fillRect(0, 0, w, h);
        }
    }

    private static void hero(Graphics2D g, Spec s, double cx, double base, double height, double maxW, Color[] p) {
        hero(g, s, cx, base, height, maxW, p, true);
    }

    private static void hero(Graphics2D g, Spec s, double cx, double base, double height, double maxW, Color[] p,
                             boolean shadow) {
        if (s.photo() != null) {
            Hero.photo(g, s.photo(), cx, base - height / 2, maxW, height);
            return;
        }
        Color body = s.body() != null ? s.body() : p[2];
        Color accent = body.equals(p[2]) ? p[2].darker() : p[2];
        Hero.drawn(g, s.shape(), cx, base, height, body, accent, p[3], s.product() == null ? "" : s.product(),
                shadow);
    }
}
