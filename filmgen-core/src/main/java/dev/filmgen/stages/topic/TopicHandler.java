package dev.filmgen.stages.topic;

import dev.filmgen.domain.Topic;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.internal.text.Scripts;
import dev.filmgen.stages.internal.StageInputs;

/**
 * Built-in {@code Topic} stage. {@code FilmAgent} stores the user's theme (and product photo) before
 * handlers run; this handler checks that the session has one and fails clearly otherwise. Films are narrated in
 * Chinese or English: a theme written in another language (Japanese, Korean…) gets a notice saying which of the
 * two the film is made in (Chinese when Chinese characters lead the theme, else English; decisions T4).
 */
public final class TopicHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        Topic topic = StageInputs.topic(ctx);
        String foreign = Scripts.foreign(topic.text());
        if (foreign != null) {
            boolean zh = Languages.ZH.equals(Languages.normalise(ctx.language()));
            ctx.notice("the theme is written in " + foreign + "; films are narrated in Chinese or English, so this one"
                    + " is in " + (zh ? "Chinese (the theme's Chinese characters lead)" : "English")
                    + ". Names keep their " + foreign + " spelling in subtitles; the voice reads them as best it can.");
        }
    }
}
