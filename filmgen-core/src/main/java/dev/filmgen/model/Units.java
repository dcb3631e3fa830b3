package dev.filmgen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a provider bills for one call, counted the way the provider counts it: tokens in and out, pictures, seconds
 * of video at a resolution, characters of speech. A map from unit name to a non-negative count, stored as a plain
 * JSON object ({@code {"input_tokens": 1200, "output_tokens": 310}}). Unit names are free text so a provider with
 * another unit can report it; a price list prices the units it names.
 *
 * @param counts count by unit name
 */
public record Units(Map<String, Long> counts) {
    /** Prompt tokens (text and pictures given to a chat or vision model). */
    public static final String INPUT_TOKENS = "input_tokens";
    /** Answer tokens (reasoning included where the provider bills it). */
    public static final String OUTPUT_TOKENS = "output_tokens";
    /** Pictures made. */
    public static final String IMAGES = "images";
    /** Characters of speech, as the provider counts them. */
    public static final String CHARACTERS = "characters";
    /** Prefix of the per-resolution video-seconds units, see {@link #videoSeconds(String)}. */
    public static final String VIDEO_SECONDS = "video_seconds";

    /** No units: a free call, or a port that reported none. */
    public static final Units NONE = new Units(Map.of());

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Units {
        TreeMap<String, Long> m = new TreeMap<>();
        if (counts != null) {
            counts.forEach((k, v) -> {
                Objects.requireNonNull(k, "unit name");
                if (v == null || v < 0) {
                    throw new IllegalArgumentException("unit " + k + " has a negative or missing count: " + v);
                }
                if (v > 0) {
                    m.put(k, v);
                }
            });
        }
        counts = Collections.unmodifiableMap(m);
    }

    /** The unit name of video seconds at {@code resolution} ({@code video_seconds_1080P}), or plain when unknown. */
    public static String videoSeconds(String resolution) {
        return resolution == null || resolution.isBlank() ? VIDEO_SECONDS
                : VIDEO_SECONDS + "_" + resolution.trim().toUpperCase(Locale.ROOT);
    }

    /** One unit. */
    public static Units of(String unit, long count) {
        return new Units(Map.of(unit, count));
    }

    /** Two units. */
    public static Units of(String unit, long count, String unit2, long count2) {
        return new Units(Map.of(unit, count, unit2, count2));
    }

    /** Token counts of a text or vision call. */
    public static Units tokens(long input, long output) {
        return of(INPUT_TOKENS, input, OUTPUT_TOKENS, output);
    }

    /** The count of {@code unit}, 0 when absent. */
    public long get(String unit) {
        return counts.getOrDefault(unit, 0L);
    }

    /** Whether nothing was counted. */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** These units and {@code other}'s added up. */
    public Units plus(Units other) {
        TreeMap<String, Long> m = new TreeMap<>(counts);
        other.counts.forEach((k, v) -> m.merge(k, v, Long::sum));
        return new Units(m);
    }

    @JsonValue
    Map<String, Long> json() {
        return counts;
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
