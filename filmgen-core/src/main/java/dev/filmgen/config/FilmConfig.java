package dev.filmgen.config;

import dev.filmgen.compose.FilmStyle;
import dev.filmgen.cost.PriceList;
import dev.filmgen.stage.Stage;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * All settings of a {@code FilmAgent}: per-stage models and limits, board and role counts, picture
 * aspect, film style. {@link #defaults()} mirrors the reference demo's {@code config.json}.
 *
 * @param stages per-stage settings (every stage present)
 * @param intentModel the text model of the LLM classifier
 * @param maxBoards most boards a storyboard may have (1–12)
 * @param maxRoles most roles (0–6)
 * @param aspect picture and film aspect: {@code 16:9}, {@code 9:16} or {@code 1:1}
 * @param clipSeconds requested clip length
 * @param seed seed for models that take one, or null
 * @param filmStyle how the Film stage composes
 * @param prices the host's prices (config {@code prices}), laid over the providers' published ones
 * @param budget most yuan one turn may spend on model calls, or null for no limit
 */
public record FilmConfig(Map<Stage, StageConfig> stages, String intentModel, int maxBoards, int maxRoles,
                         String aspect, int clipSeconds, Long seed, FilmStyle filmStyle, PriceList prices,
                         BigDecimal budget) {

    public FilmConfig {
        Objects.requireNonNull(stages, "stages");
        Map<Stage, StageConfig> copy = new EnumMap<>(Stage.class);
        copy.putAll(stages);
        for (Stage s : Stage.values()) {
            if (!copy.containsKey(s)) {
                throw new IllegalArgumentException("missing settings for stage " + s);
            }
        }
        stages = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(filmStyle, "filmStyle");
        prices = prices == null ? PriceList.empty() : prices;
        if (budget != null && budget.signum() < 0) {
            throw new IllegalArgumentException("budget must not be negative, was " + budget);
        }
    }

    /** Settings without prices of their own and without a budget. */
    public FilmConfig(Map<Stage, StageConfig> stages, String intentModel, int maxBoards, int maxRoles,
                      String aspect, int clipSeconds, Long seed, FilmStyle filmStyle) {
        this(stages, intentModel, maxBoards, maxRoles, aspect, clipSeconds, seed, filmStyle, null, null);
    }

    /** The same settings with the host's prices {@code prices}. */
    public FilmConfig withPrices(PriceList prices) {
        return new FilmConfig(stages, intentModel, maxBoards, maxRoles, aspect, clipSeconds, seed, filmStyle, prices,
                budget);
    }

    /** The same settings with a turn budget of {@code budget} yuan (null: no limit). */
    public FilmConfig withBudget(BigDecimal budget) {
        return new FilmConfig(stages, intentModel, maxBoards, maxRoles, aspect, clipSeconds, seed, filmStyle, prices,
                budget);
    }

    /** Stage options whose values are model names (so {@link #withAllModels} moves them too). */
    public static final java.util.Set<String> MODEL_OPTIONS = java.util.Set.of(StageConfig.REFERENCE_MODEL,
            StageConfig.JUDGE_MODEL);

    public StageConfig stage(Stage s) {
        return stages.get(s);
    }

    /**
     * The reference demo's configuration (qwen-max, wan2.2-t2i-plus, wan2.2-i2v-plus, qvq-max), with
     * {@code qwen3-tts-flash} for speech (offered in every region, 180 requests per minute, where the demo's
     * {@code qwen-tts} allows 10 and only in Beijing), plus identity: pictures that must show the product or a
     * character are made by {@code wan2.6-image} with them as references, and each first frame is judged by
     * {@code qwen-vl-max}, best of two below a score of 6 (decision J1). Every stage keeps its model's documented
     * quota.
     */
    public static FilmConfig defaults() {
        Map<Stage, StageConfig> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, new StageConfig("qwen-max", null, null, Map.of()));
        }
        m.put(Stage.TOPIC, new StageConfig("none", null, null, Map.of()));
        m.put(Stage.SCRIPT, new StageConfig("qwen-max", "wan2.2-t2i-plus", "qvq-max", Map.of()));
        m.put(Stage.ROLE_IMAGE, new StageConfig("wan2.2-t2i-plus", null, null,
                Map.of(StageConfig.REFERENCE_MODEL, "wan2.6-image")));
        m.put(Stage.FIRST_FRAME_IMAGE, new StageConfig("wan2.2-t2i-plus", null, null,
                Map.of(StageConfig.REFERENCE_MODEL, "wan2.6-image", StageConfig.JUDGE_MODEL, "qwen-vl-max",
                        StageConfig.MIN_SCORE, 6, StageConfig.CANDIDATES, 2)));
        m.put(Stage.VIDEO, new StageConfig("wan2.2-i2v-plus", null, null, Map.of("resolution", "1080P")));
        m.put(Stage.AUDIO, new StageConfig("qwen3-tts-flash", null, null, Map.of()));
        m.put(Stage.FILM, new StageConfig("ffmpeg", null, null, Map.of()));
        return new FilmConfig(m, "qwen-max", 4, 2, "16:9", 5, null, FilmStyle.defaults());
    }

    /**
     * The same settings with every model set to {@code model} (for example {@code offline}): the stage models, the
     * Script stage's picture and vision models, and the reference and judge models of the picture stages.
     */
    public FilmConfig withAllModels(String model) {
        Map<Stage, StageConfig> m = new EnumMap<>(Stage.class);
        stages.forEach((s, c) -> {
            Map<String, Object> options = new java.util.HashMap<>(c.options());
            for (String key : MODEL_OPTIONS) {
                Object v = options.get(key);
                if (v != null && !StageConfig.NONE.equals(v.toString())) {
                    options.put(key, model);
                }
            }
            m.put(s, new StageConfig(s == Stage.TOPIC || s == Stage.FILM ? c.model() : model,
                    c.t2iModel() == null ? null : model, c.vlModel() == null ? null : model, c.limits(), options));
        });
        return new FilmConfig(m, model, maxBoards, maxRoles, aspect, clipSeconds, seed, filmStyle, prices, budget);
    }
}
