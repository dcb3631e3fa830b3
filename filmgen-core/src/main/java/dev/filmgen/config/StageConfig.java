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
    public StageConfig {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
