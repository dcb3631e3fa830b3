package dev.filmgen.domain;

import java.util.List;

/**
 * One shot of the storyboard.
 *
 * @param index zero-based position in the film
 * @param characters role names on screen; empty for a product close-up
 * @param picture what the shot shows
 * @param narration the voice-over for this shot (≤ 30 CJK characters or about 15 words)
 */
public record Board(int index, List<String> characters, String picture, String narration) {
    public Board {
        characters = characters == null ? List.of() : List.copyOf(characters);
    }

    public Board withNarration(String text) {
        return new Board(index, characters, picture, text);
    }

    public Board withPicture(String text) {
        return new Board(index, characters, text, narration);
    }
}
