package dev.filmgen.config;

import dev.filmgen.calls.QuotaOverride;
import java.util.Map;

/**
 * Settings of one stage, as in the demo's {@code config.json} plus ours.
 *
 * @param model the main model ({@code qwen-max}, {@code wan2.2-t2i-plus}, {@code offline}…)
 * @param t2iModel the picture model the Script stage uses for the product picture, or null
 * @param vlModel the vision model the Script stage uses for a product photo, or null
 * @param limits this stage's own {@code rps} / {@code rpm} / {@code max_in_flight}, laid over the model's
 *               documented quota ({@link QuotaOverride#NONE} keeps the documented one)
 * @param options extra options handed to the model (size, resolution, voice…)
 */
public record StageConfig(String model, String t2iModel, String vlModel, QuotaOverride limits,
                          Map<String, Object> options) {
    /** Option: the picture model for pictures with references (first frames, portraits from a photo). */
    public static final String REFERENCE_MODEL = "reference_model";
    /** Option: the vision model that judges each first frame ({@code none} turns judging off). */
    public static final String JUDGE_MODEL = "judge_model";
    /** Option: the judge's score (0–10) below which another first frame is made. */
    public static final String MIN_SCORE = "min_score";
    /** Option: how many first frames a board may make in all, the first included. */
    public static final String CANDIDATES = "candidates";
    /** The model name that turns an optional model off. */
    public static final String NONE = "none";

    public StageConfig {
        limits = limits == null ? QuotaOverride.NONE : limits;
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** Settings with the model's documented quota. */
    public StageConfig(String model, String t2iModel, String vlModel, Map<String, Object> options) {
        this(model, t2iModel, vlModel, QuotaOverride.NONE, options);
    }

    /** Settings with an explicit rate ({@code rps} starts per second) and in-flight bound. */
    public StageConfig(String model, String t2iModel, String vlModel, double rps, int maxInFlight,
                       Map<String, Object> options) {
        this(model, t2iModel, vlModel, new QuotaOverride(rps, null, maxInFlight), options);
    }

    /** The same settings with another model. */
    public StageConfig withModel(String other) {
        return new StageConfig(other, t2iModel, vlModel, limits, options);
    }
}
