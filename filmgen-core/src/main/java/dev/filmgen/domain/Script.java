package dev.filmgen.domain;

import java.util.List;

/**
 * The ad script written from the topic.
 *
 * @param title short title
 * @param story the ad story in a few sentences
 * @param characters names of the people in the story (may be empty for a pure product ad)
 * @param productName the product's name
 * @param productDescription how the product looks: shape, colour, material, packaging (≤ 100 chars)
 * @param slogan a short slogan (≤ 10 CJK characters or a few words)
 */
public record Script(String title, String story, List<String> characters, String productName,
                     String productDescription, String slogan) {
    public Script {
        characters = characters == null ? List.of() : List.copyOf(characters);
    }
}
