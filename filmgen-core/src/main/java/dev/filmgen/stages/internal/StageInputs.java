package dev.filmgen.stages.internal;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Role;
import dev.filmgen.domain.Script;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.handler.StageContext;
import java.util.List;

/**
 * Reads a handler's upstream results from the session, failing with a message that names the stage
 * to run first.
 */
public final class StageInputs {
    private StageInputs() {
    }

    public static Topic topic(StageContext ctx) {
        Topic t = ctx.session().topic();
        if (t == null || t.text().isBlank()) {
            throw new StageFailedException(ctx.stage(), -1,
                    "the session has no topic yet: send the product theme (a few words, optionally a product photo) first",
                    null);
        }
        return t;
    }

    public static Script script(StageContext ctx) {
        Script s = ctx.session().script();
        if (s == null) {
            throw missing(ctx, "script", "Script");
        }
        return s;
    }

    public static List<Board> boards(StageContext ctx) {
        List<Board> b = ctx.session().boards();
        if (b.isEmpty()) {
            throw missing(ctx, "storyboard", "Storyboard");
        }
        return b;
    }

    /** The board of this per-board item. */
    public static Board board(StageContext ctx) {
        List<Board> boards = boards(ctx);
        int i = ctx.item();
        if (i < 0 || i >= boards.size()) {
            throw new StageFailedException(ctx.stage(), i, "there is no board " + (i + 1) + " (the storyboard has "
                    + boards.size() + ")", null);
        }
        return boards.get(i);
    }

    public static List<Role> roles(StageContext ctx) {
        return ctx.session().roles();
    }

    private static StageFailedException missing(StageContext ctx, String what, String stage) {
        return new StageFailedException(ctx.stage(), -1, "the session has no " + what + " yet: run " + stage
                + " first", null);
    }
}
