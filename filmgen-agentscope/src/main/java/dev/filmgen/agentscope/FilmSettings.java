package dev.filmgen.agentscope;

import java.util.Set;

/**
 * The per-film settings a tool call may choose: how many boards and the picture shape. A session keeps the settings
 * it was made with (they are part of its id), so an edit re-makes the film the same way.
 *
 * @param boards most boards, 1-12
 * @param aspect {@code 16:9}, {@code 9:16} or {@code 1:1}
 */
public record FilmSettings(int boards, String aspect) {
    /** The aspects a film may have. */
    public static final Set<String> ASPECTS = Set.of("16:9", "9:16", "1:1");

    public FilmSettings {
        if (boards < 1 || boards > 12) {
            throw new IllegalArgumentException("boards must be 1-12, was " + boards);
        }
        if (!ASPECTS.contains(aspect)) {
            throw new IllegalArgumentException("aspect must be 16:9, 9:16 or 1:1, was '" + aspect + "'");
        }
    }
}
