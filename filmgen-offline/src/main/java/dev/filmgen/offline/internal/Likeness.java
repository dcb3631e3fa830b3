package dev.filmgen.offline.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * How much of a reference picture's subject a frame holds, measured on colours: the reference's subject (the pixels
 * that differ from a plain border, or its middle when the border is busy) as a 64-bin colour histogram, compared by
 * histogram intersection with every window of the frame at three sizes; the best window's overlap, 0 to 1, is the
 * likeness. A measurement, not recognition: it says "these colours in these proportions are somewhere in the frame".
 */
public final class Likeness {
    private static final int FRAME_SIDE = 160;
    private static final int REFERENCE_SIDE = 96;
    private static final double[] WINDOW_SIZES = {0.12, 0.20, 0.30, 0.45, 0.65};
    /** Border colours that cover this share of the border are background. */
    private static final double BACKGROUND_COVER = 0.85;

    private Likeness() {
    }

    /** The likeness of {@code reference}'s subject in {@code frame}, 0 to 1. */
    public static double of(BufferedImage reference, BufferedImage frame) {
        double[] subject = subjectHistogram(scaled(reference, REFERENCE_SIDE));
        BufferedImage f = scaled(frame, FRAME_SIDE);
        int w = f.getWidth();
        int h = f.getHeight();
        int[][] bins = new int[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bins[y][x] = bin(f.getRGB(x, y));
            }
        }
        double best = 0;
        for (double size : WINDOW_SIZES) {
            int ww = Math.max(4, (int) Math.round(w * size));
            int wh = Math.max(4, (int) Math.round(h * size));
            int step = Math.max(2, Math.min(ww, wh) / 4);
            for (int y0 = 0; y0 + wh <= h; y0 += step) {
                for (int x0 = 0; x0 + ww <= w; x0 += step) {
                    best = Math.max(best, intersection(subject, window(bins, x0, y0, ww, wh)));
                }
            }
        }
        return best;
    }

    /**
     * How fully {@code frame} shows a figure painted in {@code colours} (upper clothes, lower clothes, hair, skin): for
     * each colour, the share of the frame within a small distance of it, against the share a figure of a usual size
     * gives it ({@code expected}), weighted by {@code weights}; 0 to 1.
     */
    public static double ofColours(java.util.List<java.awt.Color> colours, double[] weights, double[] expected,
                                   BufferedImage frame) {
        BufferedImage f = scaled(frame, FRAME_SIDE);
        int total = f.getWidth() * f.getHeight();
        double likeness = 0;
        double weightSum = 0;
        for (int i = 0; i < colours.size(); i++) {
            int target = colours.get(i).getRGB();
            int hits = 0;
            for (int y = 0; y < f.getHeight(); y++) {
                for (int x = 0; x < f.getWidth(); x++) {
                    if (distance(f.getRGB(x, y), target) < 48) {
                        hits++;
                    }
                }
            }
            likeness += weights[i] * Math.min(1, hits / (double) total / expected[i]);
            weightSum += weights[i];
        }
        return weightSum == 0 ? 0 : likeness / weightSum;
    }

    private static double[] window(int[][] bins, int x0, int y0, int ww, int wh) {
        double[] hist = new double[64];
        for (int y = y0; y < y0 + wh; y++) {
            for (int x = x0; x < x0 + ww; x++) {
                hist[bins[y][x]]++;
            }
        }
        return normalised(hist);
    }

    /**
     * The colours of the picture's subject: the pixels whose colour cell is not among the cells that make up the
     * border (the background, plain or graded), or the middle of the picture when that leaves almost nothing.
     */
    private static double[] subjectHistogram(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int band = Math.max(1, Math.min(w, h) / 12);
        double[] border = new double[64];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < band || y < band || x >= w - band || y >= h - band) {
                    border[bin(img.getRGB(x, y))]++;
                    n++;
                }
            }
        }
        boolean[] background = new boolean[64];
        double covered = 0;
        while (covered < BACKGROUND_COVER * n) {
            int top = -1;
            for (int i = 0; i < 64; i++) {
                if (!background[i] && (top < 0 || border[i] > border[top])) {
                    top = i;
                }
            }
            background[top] = true;
            covered += border[top];
        }
        double[] hist = new double[64];
        int subject = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int b = bin(img.getRGB(x, y));
                if (!background[b]) {
                    hist[b]++;
                    subject++;
                }
            }
        }
        if (subject < w * h * 0.02) {
            hist = new double[64];
            for (int y = h / 5; y < h * 4 / 5; y++) {
                for (int x = w / 5; x < w * 4 / 5; x++) {
                    hist[bin(img.getRGB(x, y))]++;
                }
            }
        }
        return normalised(hist);
    }

    private static double intersection(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.min(a[i], b[i]);
        }
        return s;
    }

    private static double[] normalised(double[] hist) {
        double total = 0;
        for (double v : hist) {
            total += v;
        }
        if (total > 0) {
            for (int i = 0; i < hist.length; i++) {
                hist[i] /= total;
            }
        }
        return hist;
    }

    /** One of 4×4×4 colour cells. */
    private static int bin(int rgb) {
        return (((rgb >> 16) & 255) >> 6) << 4 | (((rgb >> 8) & 255) >> 6) << 2 | ((rgb & 255) >> 6);
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 255) - ((b >> 16) & 255);
        int dg = ((a >> 8) & 255) - ((b >> 8) & 255);
        int db = (a & 255) - (b & 255);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static BufferedImage scaled(BufferedImage src, int side) {
        double k = side / (double) Math.max(src.getWidth(), src.getHeight());
        int w = Math.max(1, (int) Math.round(src.getWidth() * k));
        int h = Math.max(1, (int) Math.round(src.getHeight() * k));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
