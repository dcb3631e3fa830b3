package dev.filmgen.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.calls.QuotaOverride;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.cost.PriceList;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.internal.json.Json;
import dev.filmgen.stage.Stage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the reference demo's {@code config.json} (sections {@code intent}, {@code script}, {@code storyboard},
 * {@code role_image}, {@code video}, {@code audio}, {@code film}… with {@code model}, {@code t2i_model},
 * {@code vl_model}, {@code max_boards}, {@code max_roles}, {@code rps} or {@code rpm}, {@code max_in_flight},
 * {@code font_*}, {@code fade*_duration})
 * plus filmgen's own keys ({@code first_frame_image.reference_model}, {@code judge_model}, {@code min_score},
 * {@code candidates}, {@code role_image.reference_model}, top-level {@code prices} and {@code budget}…), on top of
 * {@link FilmConfig#defaults()}. A bad value is an
 * {@link InvalidInputException} naming the key; an unknown key is logged as a warning and ignored.
 */
public final class FilmConfigLoader {
    private static final Logger LOG = LoggerFactory.getLogger(FilmConfigLoader.class);
    private static final Map<String, Stage> SECTIONS = new HashMap<>();

    static {
        SECTIONS.put("script", Stage.SCRIPT);
        SECTIONS.put("storyboard", Stage.STORYBOARD);
        SECTIONS.put("role_description", Stage.ROLE_DESCRIPTION);
        SECTIONS.put("role_image", Stage.ROLE_IMAGE);
        SECTIONS.put("first_frame_description", Stage.FIRST_FRAME_DESCRIPTION);
        SECTIONS.put("first_frame_image", Stage.FIRST_FRAME_IMAGE);
        SECTIONS.put("video_description", Stage.VIDEO_DESCRIPTION);
        SECTIONS.put("video", Stage.VIDEO);
        SECTIONS.put("line", Stage.LINE);
        SECTIONS.put("audio", Stage.AUDIO);
        SECTIONS.put("film", Stage.FILM);
    }

    private FilmConfigLoader() {
    }

    /** The config section of {@code stage} ({@code audio}, {@code first_frame_image}…), for messages naming a key. */
    public static String sectionOf(Stage stage) {
        return SECTIONS.entrySet().stream().filter(e -> e.getValue() == stage).map(Map.Entry::getKey).findFirst()
                .orElse(stage.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Reads a config file; a missing or unreadable file is an {@link InvalidInputException} naming it. */
    public static FilmConfig load(Path file) {
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidInputException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses config JSON over the defaults. */
    public static FilmConfig fromJson(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("config is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("config must be a JSON object");
        }
        return new Reader(FilmConfig.defaults()).read((ObjectNode) root);
    }

    /** Accumulates settings while walking the tree. */
    private static final class Reader {
        private final Map<Stage, StageConfig> stages;
        private String intentModel;
        private int maxBoards;
        private int maxRoles;
        private String aspect;
        private int clipSeconds;
        private Long seed;
        private FilmStyle style;
        private PriceList prices;
        private BigDecimal budget;

        Reader(FilmConfig d) {
            stages = new EnumMap<>(d.stages());
            intentModel = d.intentModel();
            maxBoards = d.maxBoards();
            maxRoles = d.maxRoles();
            aspect = d.aspect();
            clipSeconds = d.clipSeconds();
            seed = d.seed();
            style = d.filmStyle();
            prices = d.prices();
            budget = d.budget();
        }

        FilmConfig read(ObjectNode root) {
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                String key = e.getKey();
                JsonNode v = e.getValue();
                switch (key) {
                    case "intent":
                        section(key, v).properties().forEach(f -> {
                            if (f.getKey().equals("model")) {
                                intentModel = ConfigValues.text("intent.model", f.getValue());
                            } else {
                                unknown("intent." + f.getKey());
                            }
                        });
                        break;
                    case "aspect":
                        aspect = ConfigValues.oneOf(key, v, Set.of("16:9", "9:16", "1:1"));
                        break;
                    case "clip_seconds":
                        clipSeconds = ConfigValues.integer(key, v, 1, 30);
                        break;
                    case "prices":
                        prices = PriceValues.prices(key, v);
                        break;
                    case "budget":
                        budget = v.isNull() ? null : BigDecimal.valueOf(ConfigValues.number(key, v, 0, 1_000_000));
                        break;
                    case "seed":
                        seed = v.isNull() ? null : (long) ConfigValues.integer(key, v, 0, Integer.MAX_VALUE);
                        break;
                    default:
                        Stage stage = SECTIONS.get(key);
                        if (stage == null) {
                            unknown(key);
                        } else {
                            stage(stage, key, section(key, v));
                        }
                }
            }
            return new FilmConfig(stages, intentModel, maxBoards, maxRoles, aspect, clipSeconds, seed, style, prices,
                    budget);
        }

        private void stage(Stage stage, String name, ObjectNode node) {
            StageConfig c = stages.get(stage);
            String model = c.model();
            String t2i = c.t2iModel();
            String vl = c.vlModel();
            Double rps = c.limits().rps();
            Double rpm = c.limits().rpm();
            Integer inFlight = c.limits().maxInFlight();
            Map<String, Object> options = new HashMap<>(c.options());
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                String key = name + "." + f.getKey();
                JsonNode v = f.getValue();
                switch (f.getKey()) {
                    case "model": model = ConfigValues.text(key, v); break;
                    case "t2i_model": t2i = ConfigValues.text(key, v); break;
                    case "vl_model": vl = ConfigValues.text(key, v); break;
                    case "rps": rps = ConfigValues.number(key, v, 0.01, 1000); rpm = null; break;
                    case "rpm": rpm = ConfigValues.number(key, v, 0.1, 60000); rps = null; break;
                    case "max_in_flight": inFlight = ConfigValues.integer(key, v, 1, 64); break;
                    case "options": options.putAll(ConfigValues.object(key, v)); break;
                    default:
                        if (!special(stage, key, f.getKey(), v, options)) {
                            unknown(key);
                        }
                }
            }
            if (node.has("rps") && node.has("rpm")) {
                throw new InvalidInputException("config keys " + name + ".rps and " + name + ".rpm: set one of them,"
                        + " not both (rps counts per second, rpm per minute)");
            }
            if (node.has("model") && !node.has(StageConfig.REFERENCE_MODEL)
                    && options.remove(StageConfig.REFERENCE_MODEL) != null) {
                LOG.warn("config {}.model is set, so every picture of {} uses {}; pictures that show the product or a "
                        + "character are no longer made by a reference model (set {}.{} to keep one)", name, stage,
                        model, name, StageConfig.REFERENCE_MODEL);
            }
            stages.put(stage, new StageConfig(model, t2i, vl, new QuotaOverride(rps, rpm, inFlight), options));
        }

        /** Section-specific keys; false when the key is unknown. */
        private boolean special(Stage stage, String key, String field, JsonNode v, Map<String, Object> options) {
            if (stage == Stage.STORYBOARD && field.equals("max_boards")) {
                maxBoards = ConfigValues.integer(key, v, 1, 12);
            } else if (stage == Stage.STORYBOARD && field.equals("max_roles")) {
                maxRoles = ConfigValues.integer(key, v, 0, 6);
            } else if (stage == Stage.VIDEO && field.equals("resolution")) {
                options.put("resolution", ConfigValues.oneOf(key, v, Set.of("480P", "720P", "1080P")));
            } else if (stage == Stage.AUDIO && field.equals("voice")) {
                options.put("voice", ConfigValues.text(key, v));
            } else if (stage == Stage.LINE && field.equals("narrator_voice")) {
                options.put("narrator_voice", ConfigValues.text(key, v));
            } else if (stage == Stage.LINE && field.equals("voices")) {
                options.put("voices", v.isArray() ? ConfigValues.object(key, Json.mapper().createObjectNode()
                        .set("v", v)).get("v") : ConfigValues.text(key, v));
            } else if ((stage == Stage.FIRST_FRAME_IMAGE || stage == Stage.ROLE_IMAGE)
                    && field.equals(StageConfig.REFERENCE_MODEL)) {
                options.put(StageConfig.REFERENCE_MODEL, ConfigValues.text(key, v));
            } else if (stage == Stage.FIRST_FRAME_IMAGE && field.equals(StageConfig.JUDGE_MODEL)) {
                options.put(StageConfig.JUDGE_MODEL, ConfigValues.text(key, v));
            } else if (stage == Stage.FIRST_FRAME_IMAGE && field.equals(StageConfig.MIN_SCORE)) {
                options.put(StageConfig.MIN_SCORE, ConfigValues.number(key, v, 0, 10));
            } else if (stage == Stage.FIRST_FRAME_IMAGE && field.equals(StageConfig.CANDIDATES)) {
                options.put(StageConfig.CANDIDATES, ConfigValues.integer(key, v, 1, 5));
            } else if (stage == Stage.FIRST_FRAME_IMAGE && field.equals("i2i_model")) {
                LOG.warn("config key {} ignored: the reference demo never used it; filmgen sends references to {}.{}",
                        key, "first_frame_image", StageConfig.REFERENCE_MODEL);
            } else if (stage == Stage.FILM) {
                FilmStyle s = ConfigValues.style(style, key, field, v);
                if (s == null) {
                    return false;
                }
                style = s;
            } else {
                return false;
            }
            return true;
        }

        private static ObjectNode section(String key, JsonNode v) {
            if (!v.isObject()) {
                throw new InvalidInputException("config key " + key + ": must be an object, got " + v.getNodeType());
            }
            return (ObjectNode) v;
        }

        private static void unknown(String key) {
            LOG.warn("unknown config key '{}' ignored", key);
        }
    }
}
