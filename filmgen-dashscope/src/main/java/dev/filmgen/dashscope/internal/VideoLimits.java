package dev.filmgen.dashscope.internal;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What resolutions and durations each image-to-video model accepts, and the nearest legal choice. */
public final class VideoLimits {
    private static final Logger LOG = LoggerFactory.getLogger(VideoLimits.class);

    private VideoLimits() {
    }

    /** The accepted tier nearest to {@code wanted} ({@code 480P}, {@code 720P}, {@code 1080P}); null keeps the default. */
    public static String resolution(String model, String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return null;
        }
        String w = wanted.trim().toUpperCase(Locale.ROOT);
        List<Integer> tiers = tiers(model.toLowerCase(Locale.ROOT));
        int want;
        try {
            want = Integer.parseInt(w.replace("P", ""));
        } catch (NumberFormatException e) {
            return w;
        }
        int best = tiers.get(0);
        for (int t : tiers) {
            if (Math.abs(t - want) < Math.abs(best - want) || (Math.abs(t - want) == Math.abs(best - want) && t > best)) {
                best = t;
            }
        }
        if (best != want) {
            LOG.debug("{} takes no {}; sending {}P", model, w, best);
        }
        return best + "P";
    }

    /** The accepted duration nearest to {@code seconds}. */
    public static int duration(String model, int seconds) {
        String m = model.toLowerCase(Locale.ROOT);
        List<Integer> allowed;
        if (m.startsWith("wan2.6-i2v-flash")) {
            return Math.max(2, Math.min(15, seconds <= 0 ? 5 : seconds));
        } else if (m.startsWith("wan2.6")) {
            allowed = List.of(5, 10, 15);
        } else if (m.startsWith("wan2.5")) {
            allowed = List.of(5, 10);
        } else {
            allowed = List.of(5);
        }
        int best = allowed.get(0);
        for (int a : allowed) {
            if (Math.abs(a - seconds) < Math.abs(best - seconds)) {
                best = a;
            }
        }
        return best;
    }

    private static List<Integer> tiers(String m) {
        if (m.startsWith("wan2.2-i2v-plus")) {
            return List.of(480, 1080);
        }
        if (m.startsWith("wan2.6")) {
            return List.of(720, 1080);
        }
        if (m.startsWith("wanx2.1-i2v-plus")) {
            return List.of(720);
        }
        return List.of(480, 720, 1080);
    }
}
