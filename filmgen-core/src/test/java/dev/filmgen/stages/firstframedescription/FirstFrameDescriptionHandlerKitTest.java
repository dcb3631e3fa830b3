package dev.filmgen.stages.firstframedescription;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code FIRST_FRAME_DESCRIPTION} handler keeps the handler contract. */
class FirstFrameDescriptionHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new FirstFrameDescriptionHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.FIRST_FRAME_DESCRIPTION;
    }
}
