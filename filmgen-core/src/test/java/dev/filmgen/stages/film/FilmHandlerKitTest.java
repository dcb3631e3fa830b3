package dev.filmgen.stages.film;

import dev.filmgen.handler.Handler;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.kit.HandlerKit;

/** The built-in {@code FILM} handler keeps the handler contract. */
class FilmHandlerKitTest extends HandlerKit {
    @Override
    protected Handler handler() {
        return new FilmHandler();
    }

    @Override
    protected Stage stage() {
        return Stage.FILM;
    }
}
