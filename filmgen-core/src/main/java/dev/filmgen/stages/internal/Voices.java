package dev.filmgen.stages.internal;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which voices the Line stage may cast, and whether the configured ones exist (Line casts, Audio speaks): the {@code line.voices} option
 * narrows the speech model's voices, {@code line.narrator_voice} (else {@code audio.voice}) names the narrator's.
 * When the speech model's provider documents its voices, a configured voice it lacks is a problem named by its
 * config key, the model and the voices it has, found before anything is paid for.
 */
public final class Voices {
    /** The voices cast from when the speech model's are not documented (qwen-tts-latest's; the offline voice maps them). */
    public static final List<String> FALLBACK = List.of("Chelsie", "Cherry", "Ethan", "Serena", "Dylan", "Jada",
            "Sunny");

    private Voices() {
    }

    /** The voices to cast from: the {@code line.voices} option (in the model's spelling), else the model's own. */
    public static List<String> castable(FilmConfig config, Optional<List<String>> offered) {
        List<String> wanted = listed(config.stage(Stage.LINE).options().get("voices"));
        List<String> all = offered.filter(v -> !v.isEmpty()).orElse(FALLBACK);
        if (wanted.isEmpty()) {
            return all;
        }
        List<String> out = new ArrayList<>();
        for (String w : wanted) {
            String known = offered.isPresent() ? spelled(w, all) : w;
            if (known != null && !out.contains(known)) {
                out.add(known);
            }
        }
        return out.isEmpty() ? all : out;
    }

    /** The narrator's voice: {@code line.narrator_voice}, else {@code audio.voice}, else Cherry or the first voice. */
    public static String narrator(FilmConfig config, List<String> castable) {
        for (String key : List.of("narrator_voice", "voice")) {
            Stage stage = key.equals("voice") ? Stage.AUDIO : Stage.LINE;
            Object v = config.stage(stage).options().get(key);
            if (v != null && !v.toString().isBlank()) {
                String known = spelled(v.toString(), castable);
                return known != null ? known : v.toString().trim();
            }
        }
        String cherry = spelled("Cherry", castable);
        return cherry != null ? cherry : castable.get(0);
    }

    /**
     * Every configured voice that speech model {@code model} (speaking {@code offered}) does not have, each as
     * "config key audio.voice: qwen-tts has no voice 'Dylan' (it speaks Cherry, Serena, Ethan, Chelsie)".
     */
    public static List<String> problems(FilmConfig config, String model, List<String> offered) {
        List<String> problems = new ArrayList<>();
        check(problems, "audio.voice", config.stage(Stage.AUDIO).options().get("voice"), model, offered);
        check(problems, "line.narrator_voice", config.stage(Stage.LINE).options().get("narrator_voice"), model, offered);
        for (String v : listed(config.stage(Stage.LINE).options().get("voices"))) {
            check(problems, "line.voices", v, model, offered);
        }
        return problems;
    }

    /** The voice in the spelling of {@code voices} (case-insensitive match), or null when it is not one of them. */
    public static String spelled(String voice, List<String> voices) {
        if (voice == null) {
            return null;
        }
        String v = voice.trim().toLowerCase(Locale.ROOT);
        return voices.stream().filter(x -> x.toLowerCase(Locale.ROOT).equals(v)).findFirst().orElse(null);
    }

    /** For messages: "qwen-tts has no voice 'Dylan' (it speaks Cherry, Serena, Ethan, Chelsie)". */
    public static String missing(String model, String voice, List<String> offered) {
        return model + " has no voice '" + voice + "' (it speaks " + String.join(", ", offered) + ")";
    }

    private static void check(List<String> problems, String key, Object voice, String model, List<String> offered) {
        if (voice != null && !voice.toString().isBlank() && spelled(voice.toString(), offered) == null) {
            problems.add("config key " + key + ": " + missing(model, voice.toString().trim(), offered));
        }
    }

    private static List<String> listed(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List) {
            ((List<?>) v).forEach(x -> out.add(String.valueOf(x).trim()));
        } else if (v != null) {
            for (String s : v.toString().split(",")) {
                out.add(s.trim());
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
