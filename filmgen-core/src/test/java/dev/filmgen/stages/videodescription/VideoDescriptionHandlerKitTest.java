package dev.filmgen.stages.videodescription;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code VIDEO_DESCRIPTION} handler keeps the handler contract. */
class VideoDescriptionHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new VideoDescriptionHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.VIDEO_DESCRIPTION;
    }
}
