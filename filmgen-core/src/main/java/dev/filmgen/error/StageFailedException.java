package dev.filmgen.error;

import dev.filmgen.stage.Stage;

/**
 * A stage (or one board of it) failed after its retries. Names the stage, the board (or -1 for the
 * whole stage) and the cause; results produced before the failure are kept in the session.
 */
public class StageFailedException extends NonRetriableException {
    private static final long serialVersionUID = 1L;
    private final Stage stage;
    private final int board;

    public StageFailedException(Stage stage, int board, String message, Throwable cause) {
        super(describe(stage, board, message), cause);
        this.stage = stage;
        this.board = board;
    }

    private static String describe(Stage stage, int board, String message) {
        return stage + (board >= 0 ? " board " + (board + 1) : "") + " failed: " + message;
    }

    public Stage stage() {
        return stage;
    }

    /** Zero-based board index, or -1 when the whole stage failed. */
    public int board() {
        return board;
    }
}
