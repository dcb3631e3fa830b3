package dev.filmgen.stages.line;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code LINE} handler keeps the handler contract. */
class LineHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new LineHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.LINE;
    }
}
