package dev.filmgen.dashscope.internal;

import java.util.List;
import java.util.Locale;

/**
 * Picks the {@code W*H} size DashScope accepts for a model that is closest to a requested width and
 * height: within per-side and total-pixel limits keeping the aspect, or the nearest fixed size for
 * models that take only a list.
 */
public final class ImageSizes {
    private static final List<int[]> QWEN_IMAGE_SIZES = List.of(new int[] {1664, 928}, new int[] {1472, 1140},
            new int[] {1328, 1328}, new int[] {1140, 1472}, new int[] {928, 1664});

    private ImageSizes() {
    }

    /** The size string ({@code 1280*720}) to send for {@code model}. */
    public static String sizeFor(String model, int width, int height) {
        String m = model.toLowerCase(Locale.ROOT);
        if (m.startsWith("qwen-image") && !m.contains("edit") && !m.startsWith("qwen-image-2")) {
            return nearestFixed(width, height);
        }
        if (m.startsWith("qwen-image")) {
            return fit(width, height, 512, 2048, 2048L * 2048);
        }
        if (m.startsWith("wan2.5-i2i")) {
            return fit(width, height, 384, 1280 * 4, 1280L * 1280);
        }
        return fit(width, height, 512, 1440, 1440L * 1440);
    }

    /** Scales {@code width x height} into the limits, keeping the aspect as far as the limits allow. */
    static String fit(int width, int height, int minSide, int maxSide, long maxPixels) {
        double scale = 1.0;
        scale = Math.min(scale, (double) maxSide / Math.max(width, height));
        scale = Math.min(scale, Math.sqrt((double) maxPixels / ((double) width * height)));
        if (Math.min(width, height) * scale < minSide) {
            scale = (double) minSide / Math.min(width, height);
        }
        int w = clamp((int) Math.round(width * scale), minSide, maxSide);
        int h = clamp((int) Math.round(height * scale), minSide, maxSide);
        while ((long) w * h > maxPixels) {
            if (w >= h) {
                w--;
            } else {
                h--;
            }
        }
        return w + "*" + h;
    }

    private static String nearestFixed(int width, int height) {
        double want = Math.log((double) width / height);
        int[] best = QWEN_IMAGE_SIZES.get(0);
        for (int[] s : QWEN_IMAGE_SIZES) {
            if (Math.abs(Math.log((double) s[0] / s[1]) - want) < Math.abs(Math.log((double) best[0] / best[1]) - want)) {
                best = s;
            }
        }
        return best[0] + "*" + best[1];
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
