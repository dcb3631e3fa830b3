package dev.filmgen.offline;

import dev.filmgen.domain.MediaAsset;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Test helpers that measure pictures. */
final class Pictures {
    private Pictures() {
    }

    static BufferedImage read(MediaAsset asset) {
        try {
            BufferedImage img = ImageIO.read(Path.of(asset.uri()).toFile());
            if (img == null) {
                throw new AssertionError(asset.uri() + " is not a picture");
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** Share of pixels where brightness jumps sharply to the right neighbour. */
    static double edgeShare(BufferedImage img) {
        long edges = 0;
        long total = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x + 1 < img.getWidth(); x++) {
                total++;
                if (Math.abs(lum(img.getRGB(x, y)) - lum(img.getRGB(x + 1, y))) > 24) {
                    edges++;
                }
            }
        }
        return edges / (double) total;
    }

    /** Share of pixels within {@code tolerance} of a colour. */
    static double share(BufferedImage img, Color c, int tolerance) {
        long hits = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - c.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 255) - c.getGreen()) <= tolerance
                        && Math.abs((rgb & 255) - c.getBlue()) <= tolerance) {
                    hits++;
                }
            }
        }
        return hits / (double) (img.getWidth() * img.getHeight());
    }

    /** Mean absolute difference of two same-size pictures, per channel, 0..255. */
    static double difference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int s = 0; s <= 16; s += 8) {
                    sum += Math.abs(((p >> s) & 255) - ((q >> s) & 255));
                }
            }
        }
        return sum / (3.0 * ((a.getWidth() + 1) / 2) * ((a.getHeight() + 1) / 2));
    }

    /** A "product photo": magenta and deep-teal stripes, colours no painter palette uses. */
    static BufferedImage photo(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int x = 0; x < w; x += 40) {
            g.setColor((x / 40) % 2 == 0 ? new Color(255, 0, 255) : new Color(0, 90, 80));
            g.fillRect(x, 0, 40, h);
        }
        g.dispose();
        return img;
    }

    private static int lum(int rgb) {
        return (((rgb >> 16) & 255) * 3 + ((rgb >> 8) & 255) * 6 + (rgb & 255)) / 10;
    }
}
