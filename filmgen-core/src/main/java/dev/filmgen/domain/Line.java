package dev.filmgen.domain;

/**
 * The spoken line of one board.
 *
 * @param board zero-based board index
 * @param speaker who speaks (a role name or "narrator")
 * @param text the words, normally the board's narration verbatim
 * @param voice the voice id (for qwen-tts: Chelsie, Cherry, Ethan, Serena, Dylan, Jada, Sunny)
 */
public record Line(int board, String speaker, String text, String voice) {
    public Line withText(String t) {
        return new Line(board, speaker, t, voice);
    }

    public Line withVoice(String v) {
        return new Line(board, speaker, text, v);
    }
}
