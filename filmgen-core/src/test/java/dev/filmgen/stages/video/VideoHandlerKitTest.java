package dev.filmgen.stages.video;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code VIDEO} handler keeps the handler contract. */
class VideoHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new VideoHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.VIDEO;
    }
}
