package dev.filmgen.stages.roleimage;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.handler.StageContext;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.internal.Prompts;
import java.util.Locale;
import java.util.Map;

/**
 * The user's product photo when it shows a person and a reference model is configured: asks the Script stage's
 * vision model ({@code script.vl_model}) one yes/no question (reused like any call). Anything but a clear yes, a
 * vision failure included, means no: the portrait is then painted from words as before.
 */
final class PersonPhoto {
    static final String TEMPLATE = "roleimage/role_photo";

    private PersonPhoto() {
    }

    /** The photo to paint the lead character from, or null. */
    static MediaAsset of(StageContext ctx, String language) {
        MediaAsset photo = ctx.session().topic() == null ? null : ctx.session().topic().productImage();
        String vision = ctx.config().stage(Stage.SCRIPT).vlModel();
        if (photo == null || vision == null || RoleImageHandler.referenceModel(ctx) == null) {
            return null;
        }
        try {
            String answer = ctx.vision(new VisionRequest(vision, photo,
                    Prompts.fill(TEMPLATE, language, "question", Map.of())));
            return yes(answer) ? photo : null;
        } catch (CancelledException e) {
            throw e;
        } catch (FilmgenException e) {
            ctx.notice("RoleImage: could not tell whether the product photo shows a person (" + e.getMessage()
                    + "); the lead's portrait is painted from the description");
            return null;
        }
    }

    static boolean yes(String answer) {
        String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        return a.startsWith("yes") || a.startsWith("有") || a.startsWith("是");
    }
}
