package dev.filmgen.stages.roleimage;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.Prompts;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import java.util.List;
import java.util.Map;

/**
 * Built-in {@code RoleImage} stage, one item per role ({@link StageContext#item()} is the role index):
 * paints the role's portrait from its look, clothes and setting. Portraits are always painted, even
 * when the user gave a product photo, because they are the references that keep a character's face
 * the same across first frames.
 */
public final class RoleImageHandler implements Handler {
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
        int[] size = Pictures.size(ctx.config().aspect());
        ImageRequest request = new ImageRequest(ctx.settings().model(),
                Prompts.fill("roleimage/role_image", language, "prompt", values),
                Prompts.fill("roleimage/role_image", language, "negative", values), size[0], size[1], List.of(),
                ctx.config().seed(), Pictures.modelOptions(ctx), "role:" + role.name());
        ctx.checkCancelled();
        MediaAsset portrait = ctx.image(request);
        ctx.update(b -> b.roleImage(role.name(), portrait));
    }
}
