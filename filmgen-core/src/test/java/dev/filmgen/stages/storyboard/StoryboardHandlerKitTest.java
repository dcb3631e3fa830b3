package dev.filmgen.stages.storyboard;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code STORYBOARD} handler keeps the handler contract. */
class StoryboardHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new StoryboardHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.STORYBOARD;
    }
}
