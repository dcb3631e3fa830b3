package dev.filmgen.stages.script;

import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Script;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.stages.internal.Pictures;
import dev.filmgen.stages.internal.Prompts;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.TextExchange;
import dev.filmgen.stages.internal.TextInput;
import java.util.List;
import java.util.Map;

/**
 * Built-in {@code Script} stage: asks the vision model ({@code vl_model}) about the user's product
 * photo when there is one, writes the script with the text model, and without a photo paints a product
 * picture from the script's product description ({@code t2i_model}). A photo the vision model cannot
 * describe is reported and the script is written from the topic alone.
 */
public final class ScriptHandler implements Handler {
    private static final int MAX_DESCRIPTION = 100;

    @Override
    public void handle(StageContext ctx) {
        Topic topic = StageInputs.topic(ctx);
        String language = Languages.normalise(ctx.language());
        StageConfig settings = ctx.settings();
        String insight = topic.productImage() == null ? null : insight(ctx, topic.productImage(), settings, language);

        ScriptInput input = new ScriptInput(TextInput.Basics.of(ctx), ctx.config().maxRoles(), insight);
        Script script = TextExchange.ask(ctx, "script/script", input, (answer, repaired) -> ScriptParser.parse(answer));
        warnLengths(ctx, script, language);
        ctx.update(b -> b.script(script).productInsight(insight).productImage(topic.productImage()));
        if (topic.productImage() == null) {
            paintProduct(ctx, script, settings, language);
        }
    }

    private static String insight(StageContext ctx, MediaAsset photo, StageConfig settings, String language) {
        if (settings.vlModel() == null) {
            ctx.notice("Script: no vl_model is configured, so the product photo is not described to the writer");
            return null;
        }
        String question = Prompts.fill("script/script_product_photo", language, "question", Map.of());
        String answer;
        try {
            answer = ctx.vision(new VisionRequest(settings.vlModel(), photo, question));
        } catch (CancelledException e) {
            throw e;
        } catch (FilmgenException e) {
            // the photo still goes to every product shot as a reference; the script is written from the topic
            ctx.notice("Script: the product photo could not be described (" + e.getMessage()
                    + "); the script is written from the topic alone");
            return null;
        }
        return answer == null || answer.isBlank() ? null : answer.trim();
    }

    private static void paintProduct(StageContext ctx, Script script, StageConfig settings, String language) {
        if (settings.t2iModel() == null) {
            ctx.notice("Script: no t2i_model is configured, so no product picture is painted");
            return;
        }
        Map<String, String> values = Map.of("product_name", script.productName(),
                "product_description", script.productDescription());
        int[] size = Pictures.size(ctx.config().aspect());
        ImageRequest request = new ImageRequest(settings.t2iModel(),
                Prompts.fill("script/script_product_picture", language, "prompt", values),
                Prompts.fill("script/script_product_picture", language, "negative", values), size[0], size[1], List.of(),
                ctx.config().seed(), Map.of(), "product");
        ctx.checkCancelled();
        MediaAsset picture = ctx.image(request);
        ctx.update(b -> b.productImage(picture));
    }

    private static void warnLengths(StageContext ctx, Script s, String language) {
        if (s.productDescription().codePointCount(0, s.productDescription().length()) > MAX_DESCRIPTION) {
            ctx.notice("Script: the product description is longer than " + MAX_DESCRIPTION + " characters");
        }
        boolean zh = Languages.ZH.equals(language);
        int slogan = Languages.measure(s.slogan(), language);
        if (zh ? slogan > 10 : slogan > 8) {
            ctx.notice("Script: the slogan is longer than " + (zh ? "10 characters" : "a few words") + ": " + s.slogan());
        }
    }
}
