package dev.filmgen.stages.topic;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code TOPIC} handler keeps the handler contract. */
class TopicHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new TopicHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.TOPIC;
    }
}
