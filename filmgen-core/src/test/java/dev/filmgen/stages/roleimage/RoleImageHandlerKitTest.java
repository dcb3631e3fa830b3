package dev.filmgen.stages.roleimage;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code ROLE_IMAGE} handler keeps the handler contract. */
class RoleImageHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new RoleImageHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.ROLE_IMAGE;
    }
}
