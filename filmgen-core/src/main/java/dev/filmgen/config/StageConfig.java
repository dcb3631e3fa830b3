package dev.filmgen.config;

import java.util.Map;

/**
 * Settings of one stage, as in the demo's {@code config.json} plus ours.
 *
 * @param model the main model ({@code qwen-max}, {@code wan2.2-t2i-plus}, {@code offline}…)
 * @param t2iModel the picture model the Script stage uses for the product picture, or null
 * @param vlModel the vision model the Script stage uses for a product photo, or null
 * @param rps requests per second allowed for this stage's model
 * @param maxInFlight calls allowed at once for this stage's model
 * @param options extra options handed to the model (size, resolution, voice…)
 */
public record StageConfig(String model, String t2iModel, String vlModel, double rps, int maxInFlight,
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
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
