package dev.filmgen.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.compose.FilmStyle;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.internal.json.Json;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Typed, range-checked reads of config values; every error names the key. */
final class ConfigValues {
    private ConfigValues() {
    }

    static String text(String key, JsonNode v) {
        if (!v.isTextual() || v.asText().isBlank()) {
            throw bad(key, "a non-empty string", v);
        }
        return v.asText().trim();
    }

    static String oneOf(String key, JsonNode v, Set<String> allowed) {
        String s = v.isTextual() ? v.asText().trim() : null;
        if (s == null || !allowed.contains(s)) {
            throw bad(key, "one of " + allowed, v);
        }
        return s;
    }

    static int integer(String key, JsonNode v, int min, int max) {
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw bad(key, "an integer from " + min + " to " + max, v);
        }
        return v.asInt();
    }

    static double number(String key, JsonNode v, double min, double max) {
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw bad(key, "a number from " + min + " to " + max, v);
        }
        return v.asDouble();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String key, JsonNode v) {
        if (!v.isObject()) {
            throw bad(key, "an object", v);
        }
        return Json.mapper().convertValue(v, Map.class);
    }

    /** {@code style} with the film key applied, or null when the key is not a film key. */
    static FilmStyle style(FilmStyle s, String key, String field, JsonNode v) {
        switch (field) {
            case "font_size":
                return new FilmStyle(s.fontFile(), integer(key, v, 8, 400), s.fontColor(), s.boxColor(), s.outline(),
                        s.position(), s.fadeInSeconds(), s.fadeOutSeconds(), s.crossfadeSeconds(), s.width(),
                        s.height(), s.fit(), s.fps(), s.quality(), s.narrationPadSeconds());
            case "font_color":
                return new FilmStyle(s.fontFile(), s.fontSize(), text(key, v), s.boxColor(), s.outline(),
                        s.position(), s.fadeInSeconds(), s.fadeOutSeconds(), s.crossfadeSeconds(), s.width(),
                        s.height(), s.fit(), s.fps(), s.quality(), s.narrationPadSeconds());
            case "font_bg_color":
                return new FilmStyle(s.fontFile(), s.fontSize(), s.fontColor(), v.isNull() ? null : text(key, v),
                        s.outline(), s.position(), s.fadeInSeconds(), s.fadeOutSeconds(), s.crossfadeSeconds(),
                        s.width(), s.height(), s.fit(), s.fps(), s.quality(), s.narrationPadSeconds());
            case "font_file":
                return new FilmStyle(v.isNull() ? null : Path.of(text(key, v)), s.fontSize(), s.fontColor(),
                        s.boxColor(), s.outline(), s.position(), s.fadeInSeconds(), s.fadeOutSeconds(),
                        s.crossfadeSeconds(), s.width(), s.height(), s.fit(), s.fps(), s.quality(),
                        s.narrationPadSeconds());
            case "fadein_duration":
                return new FilmStyle(s.fontFile(), s.fontSize(), s.fontColor(), s.boxColor(), s.outline(),
                        s.position(), number(key, v, 0, 10), s.fadeOutSeconds(), s.crossfadeSeconds(), s.width(),
                        s.height(), s.fit(), s.fps(), s.quality(), s.narrationPadSeconds());
            case "fadeout_duration":
                return new FilmStyle(s.fontFile(), s.fontSize(), s.fontColor(), s.boxColor(), s.outline(),
                        s.position(), s.fadeInSeconds(), number(key, v, 0, 10), s.crossfadeSeconds(), s.width(),
                        s.height(), s.fit(), s.fps(), s.quality(), s.narrationPadSeconds());
            case "crossfade_duration":
                return new FilmStyle(s.fontFile(), s.fontSize(), s.fontColor(), s.boxColor(), s.outline(),
                        s.position(), s.fadeInSeconds(), s.fadeOutSeconds(), number(key, v, 0, 5), s.width(),
                        s.height(), s.fit(), s.fps(), s.quality(), s.narrationPadSeconds());
            case "quality":
                return new FilmStyle(s.fontFile(), s.fontSize(), s.fontColor(), s.boxColor(), s.outline(),
                        s.position(), s.fadeInSeconds(), s.fadeOutSeconds(), s.crossfadeSeconds(), s.width(),
                        s.height(), s.fit(), s.fps(), integer(key, v, 0, 100), s.narrationPadSeconds());
            case "narration_pad":
                return new FilmStyle(s.fontFile(), s.fontSize(), s.fontColor(), s.boxColor(), s.outline(),
                        s.position(), s.fadeInSeconds(), s.fadeOutSeconds(), s.crossfadeSeconds(), s.width(),
                        s.height(), s.fit(), s.fps(), s.quality(), number(key, v, 0, 5));
            default:
                return null;
        }
    }

    private static InvalidInputException bad(String key, String expected, JsonNode v) {
        String shown = v.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "…";
        }
        return new InvalidInputException("config key " + key + ": must be " + expected + ", got " + shown);
    }
}
