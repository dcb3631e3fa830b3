package dev.filmgen.offline.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What can be measured of a picture without any model: size, named dominant colours, whether the border is one
 * plain colour, and how much of the frame differs from that border (the subject).
 *
 * @param width pixel width
 * @param height pixel height
 * @param colours named colours with their share of the picture, largest first
 * @param plainBackground the border's colour when the border is plain, else null
 * @param subjectShare share of the picture that differs from a plain border (0 when the border is not plain)
 */
public record PictureFacts(int width, int height, Map<ColourWords.Named, Double> colours,
                           ColourWords.Named plainBackground, double subjectShare) {

    public static PictureFacts measure(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 40_000));
        Map<ColourWords.Named, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                counts.merge(ColourWords.nearest(new Color(img.getRGB(x, y))), 1, Integer::sum);
                total++;
            }
        }
        List<Map.Entry<ColourWords.Named, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        Map<ColourWords.Named, Double> colours = new LinkedHashMap<>();
        for (Map.Entry<ColourWords.Named, Integer> e : sorted) {
            colours.put(e.getKey(), e.getValue() / (double) total);
        }
        int band = Math.max(1, Math.min(w, h) / 25);
        long[] sum = new long[3];
        List<Integer> border = new ArrayList<>();
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if (x < band || y < band || x >= w - band || y >= h - band) {
                    int rgb = img.getRGB(x, y);
                    border.add(rgb);
                    sum[0] += (rgb >> 16) & 255;
                    sum[1] += (rgb >> 8) & 255;
                    sum[2] += rgb & 255;
                }
            }
        }
        int n = Math.max(1, border.size());
        Color mean = new Color((int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n));
        long close = border.stream().filter(rgb -> distance(rgb, mean.getRGB()) < 40).count();
        if (close < n * 0.92) {
            return new PictureFacts(w, h, colours, null, 0);
        }
        int differ = 0;
        int seen = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                seen++;
                if (distance(img.getRGB(x, y), mean.getRGB()) >= 60) {
                    differ++;
                }
            }
        }
        return new PictureFacts(w, h, colours, ColourWords.nearest(mean), differ / (double) seen);
    }

    /** Whether it looks like a product cut out onto a plain background. */
    public boolean cutOut() {
        return plainBackground != null && subjectShare > 0.03 && subjectShare < 0.85;
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 255) - ((b >> 16) & 255);
        int dg = ((a >> 8) & 255) - ((b >> 8) & 255);
        int db = (a & 255) - (b & 255);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
