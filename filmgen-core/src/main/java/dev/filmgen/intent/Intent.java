package dev.filmgen.intent;

import dev.filmgen.stage.Stage;

/** What the user wants from a turn, as decided by a {@link Classifier}. */
public sealed interface Intent {

    /** Start over with a new product theme (runs the Topic stage). */
    record NewTopic(String text, String imageUrl) implements Intent { }

    /** Run one stage by name; it and what depends on it are re-made. */
    record RunStage(Stage stage) implements Intent { }

    /** Run the stage after the highest completed one. */
    record Next() implements Intent { }

    /** Re-run the highest completed stage. */
    record Repeat() implements Intent { }

    /** Run every stage still missing, up to the finished film. */
    record MakeFilm() implements Intent { }

    /**
     * Change one named thing and re-make only what depends on it.
     *
     * @param target which record is edited
     * @param index board index (zero-based) or role index, or -1 when the target names a role by name
     * @param roleName the role's name when the target is a role, else null
     * @param field which field ({@code narration}, {@code picture}, {@code clothes}, {@code voice}…)
     * @param value the new value, or null for "regenerate / make it better" edits
     * @param instruction the user's words, for model-driven rewrites
     */
    record Edit(Target target, int index, String roleName, String field, String value, String instruction)
            implements Intent { }

    /** Re-make one named item without changing its inputs (bypasses reuse). */
    record Regenerate(Stage stage, int index) implements Intent { }

    /** Nothing to do; answer with a message (help, unclear request). */
    record Chat(String reply) implements Intent { }

    /** What an {@link Edit} targets. */
    enum Target { SCRIPT, BOARD, ROLE, LINE, FRAME, CAMERA }
}
