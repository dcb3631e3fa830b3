package dev.filmgen.stages.roleimage;

import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.Prompts;
import java.util.List;
import java.util.Map;

/**
 * Built-in {@code RoleImage} stage, one item per role ({@link StageContext#item()} is the role index): paints the
 * role's portrait from its look, clothes and setting. Portraits are always painted, even when the user gave a
 * product photo, because they are the references that keep a character's face the same across first frames. When
 * the user's photo shows a person, the lead character (the first role) is painted by the reference model
 * ({@code role_image.reference_model}) from that photo, so the film's lead is the person the seller showed.
 */
public final class RoleImageHandler implements Handler {
    private static final String TEMPLATE = "roleimage/role_image";

    @Override
    public void handle(StageContext ctx) {
        List<Role> roles = ctx.session().roles();
        int i = ctx.item();
        if (i < 0 || i >= roles.size()) {
            throw new StageFailedException(ctx.stage(), -1, "there is no role " + (i + 1) + " (the session has "
                    + roles.size() + " roles; run RoleDescription first)", null);
        }
        Role role = roles.get(i);
        String language = Languages.normalise(ctx.language());
        Map<String, String> values = Map.of("name", role.name(), "look", role.look(), "clothes", role.clothes(),
                "setting", role.setting());
        String prompt = Prompts.fill(TEMPLATE, language, "prompt", values);
        String model = ctx.settings().model();
        List<MediaAsset> references = List.of();
        MediaAsset photo = i == 0 ? PersonPhoto.of(ctx, language) : null;
        if (photo != null) {
            model = referenceModel(ctx);
            references = List.of(photo);
            prompt = prompt + "\n" + Prompts.fill(PersonPhoto.TEMPLATE, language, "references",
                    Map.of("name", role.name()));
        }
        int[] size = Pictures.size(ctx.config().aspect());
        ImageRequest request = new ImageRequest(model, prompt, Prompts.fill(TEMPLATE, language, "negative", values),
                size[0], size[1], references, ctx.config().seed(),
                Pictures.modelOptions(ctx, StageConfig.REFERENCE_MODEL), "role:" + role.name());
        ctx.checkCancelled();
        MediaAsset portrait = ctx.image(request);
        ctx.update(b -> b.roleImage(role.name(), portrait));
    }

    static String referenceModel(StageContext ctx) {
        Object v = ctx.settings().options().get(StageConfig.REFERENCE_MODEL);
        String s = v == null ? "" : v.toString().trim();
        return s.isEmpty() || StageConfig.NONE.equalsIgnoreCase(s) ? null : s;
    }
}
