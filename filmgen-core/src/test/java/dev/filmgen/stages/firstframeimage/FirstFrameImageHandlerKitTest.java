package dev.filmgen.stages.firstframeimage;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code FIRST_FRAME_IMAGE} handler keeps the handler contract. */
class FirstFrameImageHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new FirstFrameImageHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.FIRST_FRAME_IMAGE;
    }
}
