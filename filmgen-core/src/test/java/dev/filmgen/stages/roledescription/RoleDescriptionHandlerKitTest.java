package dev.filmgen.stages.roledescription;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code ROLE_DESCRIPTION} handler keeps the handler contract. */
class RoleDescriptionHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new RoleDescriptionHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.ROLE_DESCRIPTION;
    }
}
