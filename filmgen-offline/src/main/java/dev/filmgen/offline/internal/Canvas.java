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
                       String slogan, int variant, Random random) {
    }

    private Canvas() {
    }

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
            int floor;
            if (s.variant() == 1 || s.variant() == 2) {
                // 1: the scene seen from the other side; 2: a closer look at it
                Graphics2D view = (Graphics2D) g.create();
                double zoom = s.variant() == 2 ? 1.35 : 1.0;
                view.translate(s.variant() == 1 ? w : w * 0.5, h);
                view.scale(s.variant() == 1 ? -1 : zoom, zoom);
                view.translate(s.variant() == 1 ? 0 : -w * 0.5, -h);
                floor = (int) (h - (h - Scene.paint(view, w, h, s.category(), s.setting(), s.random())) * zoom);
                view.dispose();
            } else {
                floor = Scene.paint(g, w, h, s.category(), s.setting(), s.random());
            }
            Color[] p = s.category().palette();
            if (s.portrait()) {
                g.setColor(new Color(255, 255, 255, 70));
                g.fillRect(0, 0, w, h);
                Figure f = s.figures().isEmpty() ? Figure.fromText("", s.random().nextLong()) : s.figures().get(0);
                double unit = Math.min(h, w * 1.2);
                FigurePainter.standing(g, f, w / 2.0, h * 0.5 + unit * 1.17, unit * 1.45 / (f.kid() ? 0.68 : 1), false);
                return img;
            }
            boolean tall = h > w;
            int k = s.figures().size();
            double ground = floor + (h - floor) * 0.45;
            boolean hasSlogan = s.slogan() != null && !s.slogan().isBlank();
            if (k == 0) {
                hero(g, s, w / 2.0, ground, h * (tall ? 0.4 : 0.58), w * 0.6, p);
            } else if (s.variant() == 1 || (s.variant() == 2 && k > 1)) {
                double fh = h * (tall ? 0.6 : 0.85);
                double left = w * (tall ? 0.4 : 0.42);
                double right = w * 0.95;
                for (int i = 0; i < k; i++) {
                    double cx = k == 1 ? (left + right) / 2 : left + (right - left) * (i + 0.5) / k;
                    FigurePainter.standing(g, s.figures().get(i), cx, h * 1.08, fh, false);
                }
                hero(g, s, w * (tall ? 0.22 : 0.2), ground, h * (tall ? 0.24 : 0.4), w * (tall ? 0.34 : 0.28), p);
            } else {
                boolean holding = s.variant() == 2;
                double fh = h * (tall ? 0.45 : hasSlogan ? 0.55 : 0.64) * (holding ? 1.15 : 1);
                double left = w * (tall ? 0.1 : holding ? 0.3 : 0.08);
                double right = w * (tall ? 0.62 : holding ? 0.62 : 0.56);
                for (int i = 0; i < k; i++) {
                    double cx = k == 1 ? (left + right) / 2 : left + (right - left) * (i + 0.5) / k;
                    FigurePainter.standing(g, s.figures().get(i), cx, ground, fh, holding ? i == 0 : i == k - 1 && k > 1);
                }
                if (holding) {
                    Figure f = s.figures().get(0);
                    double cx = k == 1 ? (left + right) / 2 : left + (right - left) * 0.5 / k;
                    double scale = f.kid() ? 0.68 : 1;
                    double tw = fh * scale * (f.female() ? 0.24 : 0.28);
                    double handY = ground - fh * scale * 0.74;
                    hero(g, s, cx + tw * 0.95, handY + fh * scale * 0.1, fh * scale * 0.3, w * 0.14, p);
                } else {
                    hero(g, s, w * (tall ? 0.8 : 0.77), ground, h * (tall ? 0.24 : 0.42), w * (tall ? 0.34 : 0.3), p);
                }
            }
            if (hasSlogan) {
                Typography.banner(g, s.slogan(), w, h, p[2]);
            }
            return img;
        } finally {
            g.dispose();
        }
    }

    private static void hero(Graphics2D g, Spec s, double cx, double base, double height, double maxW, Color[] p) {
        if (s.photo() != null) {
            Hero.photo(g, s.photo(), cx, base - height / 2, maxW, height);
            return;
        }
        Color body = s.body() != null ? s.body() : p[2];
        Color accent = body.equals(p[2]) ? p[2].darker() : p[2];
        Hero.drawn(g, s.shape(), cx, base, height, body, accent, p[3], s.product() == null ? "" : s.product());
    }
}
