package dev.filmgen.config;

import dev.filmgen.compose.FilmStyle;
import dev.filmgen.stage.Stage;
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
 */
public record FilmConfig(Map<Stage, StageConfig> stages, String intentModel, int maxBoards, int maxRoles,
                         String aspect, int clipSeconds, Long seed, FilmStyle filmStyle) {

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
    }

    public StageConfig stage(Stage s) {
        return stages.get(s);
    }

    /**
     * The reference demo's configuration (qwen-max, wan2.2-t2i-plus, wan2.2-i2v-plus, qwen-tts, qvq-max). Every
     * stage keeps its model's documented quota.
     */
    public static FilmConfig defaults() {
        Map<Stage, StageConfig> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, new StageConfig("qwen-max", null, null, Map.of()));
        }
        m.put(Stage.TOPIC, new StageConfig("none", null, null, Map.of()));
        m.put(Stage.SCRIPT, new StageConfig("qwen-max", "wan2.2-t2i-plus", "qvq-max", Map.of()));
        m.put(Stage.ROLE_IMAGE, new StageConfig("wan2.2-t2i-plus", null, null, Map.of()));
        m.put(Stage.FIRST_FRAME_IMAGE, new StageConfig("wan2.2-t2i-plus", null, null, Map.of()));
        m.put(Stage.VIDEO, new StageConfig("wan2.2-i2v-plus", null, null, Map.of("resolution", "1080P")));
        m.put(Stage.AUDIO, new StageConfig("qwen-tts", null, null, Map.of()));
        m.put(Stage.FILM, new StageConfig("ffmpeg", null, null, Map.of()));
        return new FilmConfig(m, "qwen-max", 4, 2, "16:9", 5, null, FilmStyle.defaults());
    }

    /** The same settings with every model set to {@code model} (for example {@code offline}). */
    public FilmConfig withAllModels(String model) {
        Map<Stage, StageConfig> m = new EnumMap<>(Stage.class);
        stages.forEach((s, c) -> m.put(s, new StageConfig(s == Stage.TOPIC || s == Stage.FILM ? c.model() : model,
                c.t2iModel() == null ? null : model, c.vlModel() == null ? null : model, c.limits(), c.options())));
        return new FilmConfig(m, model, maxBoards, maxRoles, aspect, clipSeconds, seed, filmStyle);
    }
}
