package dev.filmgen.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a vision model said about one first-frame picture compared with its references and its description.
 *
 * @param productPresent whether the product is in the picture, or null when the board does not show it
 * @param productRecognisable whether it is recognisably the seller's product (shape, colours, label), or null
 * @param roles per character on the board, whether they are recognisably the person of their portrait
 * @param textGarbled whether lettering or a logo in the picture is garbled, or null when there is none
 * @param score overall fitness 0–10, or null when the answer could not be read
 * @param sentence the judge's one-sentence reason (or why there is no verdict)
 * @param repaired whether the answer needed one repair request before it could be read
 */
public record FrameVerdict(Boolean productPresent, Boolean productRecognisable, Map<String, Boolean> roles,
                           Boolean textGarbled, Double score, String sentence, boolean repaired) {
    public FrameVerdict {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles == null ? Map.of() : roles));
        if (score != null && (score.isNaN() || score < 0 || score > 10)) {
            throw new IllegalArgumentException("score must be 0 to 10, was " + score);
        }
        sentence = sentence == null ? "" : sentence;
    }

    /** A verdict that could not be read: no score, the reason in the sentence. */
    public static FrameVerdict unreadable(String why) {
        return new FrameVerdict(null, null, Map.of(), null, null, why, true);
    }

    /** Whether the judge gave a score. */
    public boolean scored() {
        return score != null;
    }
}
