package dev.filmgen.spring.boot.autoconfigure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.FilmConfigLoader;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.spring.boot.autoconfigure.FilmgenProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;

/**
 * Turns the {@code filmgen.*} properties into a {@link FilmConfig}: they are written as the config.json they
 * mirror, laid over the {@code config-file} (when set), and read by core's {@link FilmConfigLoader}, so the keys,
 * ranges and messages are the same as for a config.json.
 */
public final class ConfigAssembler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SECTIONS = Set.of("script", "storyboard", "role_description", "role_image",
            "first_frame_description", "first_frame_image", "video_description", "video", "line", "audio", "film");

    private ConfigAssembler() {
    }

    /** The configuration the properties describe; a bad value is an {@link InvalidInputException} naming it. */
    public static FilmConfig assemble(FilmgenProperties p) {
        ObjectNode root = p.getConfigFile() == null ? JSON.createObjectNode() : read(p);
        put(root, "aspect", p.getAspect());
        put(root, "clip_seconds", p.getClipSeconds());
        put(root, "seed", p.getSeed());
        put(root, "budget", p.getBudget());
        if (p.getIntentModel() != null) {
            section(root, "intent").put("model", p.getIntentModel());
        }
        put(section(root, "storyboard"), "max_boards", p.getMaxBoards());
        put(section(root, "storyboard"), "max_roles", p.getMaxRoles());
        for (Map.Entry<String, FilmgenProperties.StageProperties> e : p.getStages().entrySet()) {
            String name = e.getKey().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
            if (!SECTIONS.contains(name)) {
                throw new InvalidInputException("filmgen.stages." + e.getKey() + ": unknown stage (known: "
                        + String.join(", ", new java.util.TreeSet<>(SECTIONS)) + ")");
            }
            FilmgenProperties.StageProperties s = e.getValue();
            ObjectNode n = section(root, name);
            put(n, "model", s.getModel());
            put(n, "t2i_model", s.getT2iModel());
            put(n, "vl_model", s.getVlModel());
            if (s.getRps() != null || s.getRpm() != null) {
                n.remove("rps");
                n.remove("rpm");
            }
            put(n, "rps", s.getRps());
            put(n, "rpm", s.getRpm());
            put(n, "max_in_flight", s.getMaxInFlight());
            if (!s.getOptions().isEmpty()) {
                ObjectNode options = n.has("options") && n.get("options").isObject() ? (ObjectNode) n.get("options")
                        : n.putObject("options");
                s.getOptions().forEach(options::put);
            }
        }
        FilmgenProperties.FilmProperties f = p.getFilm();
        ObjectNode film = section(root, "film");
        put(film, "font_size", f.getFontSize());
        put(film, "font_color", f.getFontColor());
        put(film, "font_bg_color", f.getFontBgColor());
        put(film, "font_file", f.getFontFile() == null ? null : f.getFontFile().toString());
        put(film, "fadein_duration", f.getFadeinDuration());
        put(film, "fadeout_duration", f.getFadeoutDuration());
        put(film, "crossfade_duration", f.getCrossfadeDuration());
        put(film, "quality", f.getQuality());
        put(film, "narration_pad", f.getNarrationPad());
        root.properties().removeIf(e -> e.getValue().isObject() && e.getValue().isEmpty());
        try {
            return FilmConfigLoader.fromJson(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the filmgen properties as JSON", e);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("filmgen.* properties" + (p.getConfigFile() == null ? ""
                    : " over " + p.getConfigFile()) + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode read(FilmgenProperties p) {
        try {
            JsonNode n = JSON.readTree(Files.readString(p.getConfigFile()));
            if (n == null || !n.isObject()) {
                throw new InvalidInputException("filmgen.config-file " + p.getConfigFile() + " must hold a JSON object");
            }
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new InvalidInputException("filmgen.config-file " + p.getConfigFile() + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static ObjectNode section(ObjectNode root, String name) {
        JsonNode n = root.get(name);
        return n != null && n.isObject() ? (ObjectNode) n : root.putObject(name);
    }

    private static void put(ObjectNode n, String key, Object value) {
        if (value != null) {
            n.set(key, JSON.valueToTree(value));
        }
    }
}
