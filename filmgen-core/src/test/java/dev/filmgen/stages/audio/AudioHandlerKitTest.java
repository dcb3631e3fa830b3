package dev.filmgen.stages.audio;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code AUDIO} handler keeps the handler contract. */
class AudioHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new AudioHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.AUDIO;
    }
}
