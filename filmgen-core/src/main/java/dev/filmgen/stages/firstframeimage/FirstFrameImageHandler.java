package dev.filmgen.stages.firstframeimage;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.FrameCandidate;
import dev.filmgen.domain.FrameCheck;
import dev.filmgen.domain.FrameDescription;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Role;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.ProductMentions;
import dev.filmgen.stages.internal.Prompts;
import dev.filmgen.stages.internal.StageInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Built-in {@code FirstFrameImage} stage, one item per board. A board that shows the product or a character is
 * painted by the reference model ({@code reference_model}, default {@code wan2.6-image}) with the portraits of its
 * characters and, for product shots, the product picture as references, named by position in the prompt; a board
 * with nothing to keep consistent is painted by the stage's text-to-image model. Each picture is judged by a vision
 * model ({@code judge_model}); below {@code min_score} another is made, up to {@code candidates} in all, and the best
 * is kept. Every candidate and verdict is saved with the board ({@link FrameCheck}).
 */
public final class FirstFrameImageHandler implements Handler {
    private static final String TEMPLATE = "firstframeimage/first_frame_image";

    @Override
    public void handle(StageContext ctx) {
        Board board = StageInputs.board(ctx);
        FilmSession session = ctx.session();
        FrameDescription frame = session.frames().stream().filter(f -> f.board() == board.index()).findFirst()
                .orElseThrow(() -> new StageFailedException(ctx.stage(), board.index(),
                        "no first-frame description for this board: run FirstFrameDescription first", null));
        String language = Languages.normalise(ctx.language());
        FrameSettings settings = FrameSettings.of(ctx.settings());
        FrameShot shot = shot(ctx, board, frame);
        boolean withReferences = settings.referenceModel() != null && !shot.references().isEmpty();
        String model = withReferences ? settings.referenceModel() : ctx.settings().model();
        ImageRequest first = request(ctx, board, shot, model, language, withReferences, ctx.config().seed());

        FrameJudge judge = settings.judged() ? new FrameJudge(ctx, settings.judgeModel(), language, shot) : null;
        List<FrameCandidate> candidates = new ArrayList<>();
        for (int n = 0; n < settings.candidates(); n++) {
            ctx.checkCancelled();
            MediaAsset picture = ctx.image(n == 0 ? first : reseeded(first, n));
            FrameJudge.Outcome outcome = judge == null ? new FrameJudge.Outcome(null, null) : judge.judge(picture);
            candidates.add(new FrameCandidate(picture, model, outcome.verdict(), outcome.note()));
            if (outcome.note() != null) {
                ctx.notice("FirstFrameImage board " + (board.index() + 1) + ": " + outcome.note()
                        + "; the picture is kept");
            }
            Double score = outcome.verdict() == null ? null : outcome.verdict().score();
            if (score == null || score >= settings.minScore()) {
                break;
            }
        }
        int chosen = best(candidates);
        FrameCandidate kept = candidates.get(chosen);
        FrameCheck check = judge == null ? null
                : new FrameCheck(candidates, chosen, settings.judgeModel(), settings.minScore());
        ctx.update(b -> {
            b.firstFrame(board.index(), kept.picture());
            return check == null ? b : b.frameCheck(board.index(), check);
        });
        if (check != null) {
            report(ctx, board, check, settings);
        }
    }

    private static void report(StageContext ctx, Board board, FrameCheck check, FrameSettings settings) {
        FrameCandidate kept = check.kept();
        String sentence = kept.verdict() == null ? kept.note() : kept.verdict().sentence();
        ctx.emit(new FilmEvent.FrameJudged(ctx.sessionId(), ctx.stage(), board.index(), kept.score(),
                check.candidates().size(), sentence));
        if (kept.score() != null && kept.score() < settings.minScore()) {
            ctx.notice(String.format(Locale.ROOT, "FirstFrameImage board %d: the best of %d picture(s) scored %s/10,"
                    + " below %s: %s", board.index() + 1, check.candidates().size(), number(kept.score()),
                    number(settings.minScore()), sentence));
        }
    }

    /** The highest-scored candidate; the first on a tie; the last one when none has a score. */
    static int best(List<FrameCandidate> candidates) {
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Double s = candidates.get(i).score();
            if (s != null && (best < 0 || s > candidates.get(best).score())) {
                best = i;
            }
        }
        return best < 0 ? candidates.size() - 1 : best;
    }

    private static FrameShot shot(StageContext ctx, Board board, FrameDescription frame) {
        FilmSession session = ctx.session();
        List<String> names = new ArrayList<>();
        List<MediaAsset> portraits = new ArrayList<>();
        for (String name : board.characters()) {
            MediaAsset portrait = session.roleImages().get(name);
            if (portrait != null) {
                names.add(name);
                portraits.add(portrait);
            } else {
                ctx.notice("FirstFrameImage board " + (board.index() + 1) + ": " + name
                        + " has no portrait, so the frame is painted without a reference for them");
            }
        }
        boolean productShot = ProductMentions.isProductShot(board, session.script());
        MediaAsset product = productShot ? session.productImage() : null;
        String productName = session.script() == null ? null : session.script().productName();
        return new FrameShot(frame.text(), names, portraits, product, productName, productShot);
    }

    private static ImageRequest request(StageContext ctx, Board board, FrameShot shot, String model, String language,
                                        boolean withReferences, Long seed) {
        boolean zh = FrameShot.zh(language);
        List<String> clothes = new ArrayList<>();
        for (String name : board.characters()) {
            ctx.session().roles().stream().filter(r -> r.name().equals(name)).map(Role::clothes).findFirst()
                    .ifPresent(c -> clothes.add(name + (zh ? "穿着" : " wears ") + c));
        }
        String clothesBlock = clothes.isEmpty() ? "" : Prompts.fill(TEMPLATE, language, "clothes",
                Map.of("clothes", String.join(zh ? "；" : "; ", clothes)));
        Map<String, String> values = new HashMap<>(Map.of("description", shot.description(), "clothes", clothesBlock));
        String prompt = Prompts.fill(TEMPLATE, language, "prompt", values);
        if (withReferences) {
            prompt = prompt + "\n" + Prompts.fill(TEMPLATE, language, "references",
                    Map.of("list", capitalised(shot.referenceList(language, 1))));
        }
        int[] size = Pictures.size(ctx.config().aspect());
        return new ImageRequest(model, prompt, Prompts.fill(TEMPLATE, language, "negative", values), size[0], size[1],
                shot.references(), seed, Pictures.modelOptions(ctx, FrameOptions.OURS),
                "frame:" + (board.index() + 1));
    }

    /** The same request with another seed, so a further candidate is a new picture (and a new reuse key). */
    static ImageRequest reseeded(ImageRequest r, int n) {
        long base = r.seed() == null ? 0 : r.seed();
        long seed = (base + 7919L * n) % Integer.MAX_VALUE;
        return new ImageRequest(r.model(), r.prompt(), r.negativePrompt(), r.width(), r.height(), r.references(),
                seed, r.options(), r.purpose() + "#" + (n + 1));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
