package dev.filmgen.stages.firstframeimage;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.ProductMentions;
import dev.filmgen.stages.internal.Prompts;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Built-in {@code FirstFrameImage} stage, one item per board: paints the board's first frame from its
 * description, our style words and the clothes of the board's characters. The portraits of those
 * characters, and for product shots the product picture, go along as references so faces and product
 * stay the same from board to board.
 */
public final class FirstFrameImageHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        Board board = StageInputs.board(ctx);
        FilmSession session = ctx.session();
        FrameDescription frame = session.frames().stream().filter(f -> f.board() == board.index()).findFirst()
                .orElseThrow(() -> new StageFailedException(ctx.stage(), board.index(),
                        "no first-frame description for this board: run FirstFrameDescription first", null));
        String language = Languages.normalise(ctx.language());
        boolean zh = Languages.ZH.equals(language);

        List<String> clothes = new ArrayList<>();
        List<MediaAsset> references = new ArrayList<>();
        for (String name : board.characters()) {
            session.roles().stream().filter(r -> r.name().equals(name)).map(Role::clothes).findFirst()
                    .ifPresent(c -> clothes.add(name + (zh ? "穿着" : " wears ") + c));
            MediaAsset portrait = session.roleImages().get(name);
            if (portrait != null) {
                references.add(portrait);
            } else {
                ctx.notice("FirstFrameImage board " + (board.index() + 1) + ": " + name
                        + " has no portrait, so the frame is painted without a reference for them");
            }
        }
        if (session.productImage() != null && ProductMentions.isProductShot(board, session.script())) {
            references.add(session.productImage());
        }
        String clothesBlock = clothes.isEmpty() ? "" : Prompts.fill("firstframeimage/first_frame_image", language, "clothes",
                Map.of("clothes", String.join(zh ? "；" : "; ", clothes)));
        Map<String, String> values = Map.of("description", frame.text(), "clothes", clothesBlock);
        int[] size = Pictures.size(ctx.config().aspect());
        ImageRequest request = new ImageRequest(ctx.settings().model(),
                Prompts.fill("firstframeimage/first_frame_image", language, "prompt", values),
                Prompts.fill("firstframeimage/first_frame_image", language, "negative", values), size[0], size[1], references,
                ctx.config().seed(), Pictures.modelOptions(ctx), "frame:" + (board.index() + 1));
        ctx.checkCancelled();
        MediaAsset picture = ctx.image(request);
        ctx.update(b -> b.firstFrame(board.index(), picture));
    }
}
