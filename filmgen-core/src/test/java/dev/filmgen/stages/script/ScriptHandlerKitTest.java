package dev.filmgen.stages.script;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code SCRIPT} handler keeps the handler contract. */
class ScriptHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new ScriptHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.SCRIPT;
    }
}
