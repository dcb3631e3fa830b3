package dev.filmgen.intent;

import dev.filmgen.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the role a sentence names, matching the session's role names and common zh/en aliases. */
final class Roles {
    private Roles() {
    }

    /** A role found in a sentence: its name as the session spells it (or as said) and its index, or -1. */
    public record Found(String name, int index) { }

    /**
     * The role named in {@code text} (lower-cased): the session role whose name or alias occurs, the
     * longest match winning; without a session match, a known role word ("mother") as said; else null.
     */
    public static Found find(String text, List<Role> roles) {
        Found best = null;
        int bestLength = 0;
        for (int i = 0; i < roles.size(); i++) {
            String name = roles.get(i).name();
            if (name == null || name.isBlank()) {
                continue;
            }
            for (String candidate : candidates(name)) {
                if (candidate.length() > bestLength && Words.contains(text, candidate)) {
                    best = new Found(name, i);
                    bestLength = candidate.length();
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (List<String> group : Lexicon.ROLE_ALIASES) {
            for (String alias : group) {
                if (Words.contains(text, alias)) {
                    return new Found(alias, -1);
                }
            }
        }
        return null;
    }

    /** Whether the sentence speaks of the narrator ("旁白", "narrator", "voice-over"). */
    public static boolean narrator(String text) {
        return Words.any(text, Lexicon.NARRATOR);
    }

    private static List<String> candidates(String name) {
        String lower = name.toLowerCase(Locale.ROOT).trim();
        List<String> out = new ArrayList<>();
        out.add(lower);
        for (List<String> group : Lexicon.ROLE_ALIASES) {
            if (group.contains(lower)) {
                out.addAll(group);
            }
        }
        return out;
    }
}
