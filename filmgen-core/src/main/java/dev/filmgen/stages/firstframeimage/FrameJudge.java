package dev.filmgen.stages.firstframeimage;

import dev.filmgen.domain.FrameVerdict;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.handler.StageContext;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.stages.internal.AnswerProblem;
import dev.filmgen.stages.internal.Prompts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the judge model about one candidate picture: the picture first, then its references, with the board's
 * description, and reads the small JSON verdict. An unreadable answer is repaired once; after that, and when the
 * judge fails, the result says why and the board goes on with the picture (a judge never fails a board).
 */
final class FrameJudge {
    private static final String TEMPLATE = "firstframeimage/frame_judge";

    private final StageContext ctx;
    private final String model;
    private final String language;
    private final FrameShot shot;

    FrameJudge(StageContext ctx, String model, String language, FrameShot shot) {
        this.ctx = ctx;
        this.model = model;
        this.language = language;
        this.shot = shot;
    }

    /** What the judge said, or why it said nothing. */
    record Outcome(FrameVerdict verdict, String note) { }

    Outcome judge(MediaAsset picture) {
        String question = question();
        String answer;
        try {
            answer = ask(picture, question);
            try {
                return new Outcome(VerdictParser.parse(answer, shot.roleNames(), false), null);
            } catch (AnswerProblem first) {
                String repair = Prompts.fill(TEMPLATE, language, "repair", Map.of("problem", first.getMessage(),
                        "answer", answer, "question", question));
                String again = ask(picture, repair);
                try {
                    return new Outcome(VerdictParser.parse(again, shot.roleNames(), true), null);
                } catch (AnswerProblem second) {
                    String why = "the judge's answer could not be read even after a repair (" + second.getMessage() + ")";
                    return new Outcome(FrameVerdict.unreadable(why), why);
                }
            }
        } catch (CancelledException e) {
            throw e;
        } catch (FilmgenException e) {
            return new Outcome(null, "the judge " + model + " failed: " + e.getMessage());
        }
    }

    private String ask(MediaAsset picture, String question) {
        ctx.checkCancelled();
        return ctx.vision(new VisionRequest(model, picture, question, shot.references()));
    }

    private String question() {
        Map<String, String> v = new HashMap<>();
        v.put("description", shot.description());
        v.put("references", shot.references().isEmpty() ? "" : Prompts.fill(TEMPLATE, language, "references",
                Map.of("list", shot.referenceList(language, 2))));
        v.put("product", shot.showsProduct() && shot.productName() != null
                ? Prompts.fill(TEMPLATE, language, "product", Map.of("product", shot.productName())) : "");
        List<String> roles = shot.roleNames();
        v.put("roles", roles.isEmpty() ? "" : Prompts.fill(TEMPLATE, language, "roles",
                Map.of("roles", String.join(FrameShot.zh(language) ? "、" : ", ", roles))));
        return Prompts.fill(TEMPLATE, language, "question", v);
    }
}
