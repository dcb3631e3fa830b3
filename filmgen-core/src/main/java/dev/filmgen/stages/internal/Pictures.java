package dev.filmgen.stages.internal;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.handler.StageContext;
import java.util.Map;

/** Picture sizes for the configured aspect and the per-stage model options handed to image and video models. */
public final class Pictures {
    private Pictures() {
    }

    /** Width and height for {@code 16:9} (1280x720), {@code 9:16} (720x1280) or {@code 1:1} (1024x1024). */
    public static int[] size(String aspect) {
        String a = aspect == null ? "16:9" : aspect.trim();
        switch (a) {
            case "16:9":
                return new int[] {1280, 720};
            case "9:16":
                return new int[] {720, 1280};
            case "1:1":
                return new int[] {1024, 1024};
            default:
                throw new InvalidInputException("config aspect \"" + aspect + "\" is not one of 16:9, 9:16, 1:1");
        }
    }

    /** The stage's options without the keys filmgen itself interprets. */
    public static Map<String, Object> modelOptions(StageContext ctx, String... ours) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(ctx.settings().options());
        for (String k : ours) {
            m.remove(k);
        }
        return m;
    }

    /** A string option of the stage, or {@code fallback}. */
    public static String option(StageContext ctx, String key, String fallback) {
        Object v = ctx.settings().options().get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
    }
}
