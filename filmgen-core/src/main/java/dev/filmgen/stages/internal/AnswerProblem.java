package dev.filmgen.stages.internal;

/**
 * What is wrong with a text model's answer: which board (zero-based, or -1 for the whole answer), which
 * field, and why. Thrown by the parsers; {@link TextExchange} turns it into one repair request and then
 * into a {@link dev.filmgen.error.StageFailedException}.
 */
public final class AnswerProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int board;
    private final String field;

    public AnswerProblem(int board, String field, String message) {
        super(message);
        this.board = board;
        this.field = field;
    }

    /** A problem with the answer as a whole (not JSON, no list). */
    public static AnswerProblem whole(String field, String message) {
        return new AnswerProblem(-1, field, message);
    }

    /** A required field is missing or blank for one board (zero-based). */
    public static AnswerProblem missing(int board, String field) {
        return new AnswerProblem(board, field, "board " + (board + 1) + " has no \"" + field + "\"");
    }

    /** Zero-based board index, or -1. */
    public int board() {
        return board;
    }

    /** The JSON field at fault, or null. */
    public String field() {
        return field;
    }
}
