package dev.filmgen.stages.topic;

import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;

/**
 * Built-in {@code Topic} stage. {@code FilmAgent} stores the user's theme (and product photo) before
 * handlers run; this handler only checks that the session has one and fails clearly otherwise.
 */
public final class TopicHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        StageInputs.topic(ctx);
    }
}
