package dev.filmgen.stages.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Script;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptHandlerTest {

    @Test
    void writesTheScriptFromAFencedAnswerAndPaintsTheProductWhenThereIsNoPhoto() {
        FakeStageContext ctx = new FakeStageContext("a thermos bottle that keeps tea hot").on(Stage.SCRIPT)
                .answer("Script", "Here you go:\n```json\n" + Fixtures.SCRIPT_EN + "\n```");
        new ScriptHandler().handle(ctx);

        Script s = ctx.session().script();
        assertEquals("Aurora Thermos", s.productName());
        assertEquals(List.of("Mia"), s.characters());
        assertEquals(1, ctx.imageRequests().size());
        ImageRequest picture = ctx.imageRequests().get(0);
        assertEquals("product", picture.purpose());
        assertEquals("wan2.2-t2i-plus", picture.model());
        assertTrue(picture.prompt().contains("Slim matte-blue steel bottle"), picture.prompt());
        assertEquals(1280, picture.width());
        assertEquals(URI.create("fake://image/product"), ctx.session().productImage().uri());
        assertTrue(ctx.visionRequests().isEmpty());
        assertTrue(BuiltinHandlers.render(Stage.SCRIPT, ctx.session(), "en").contains("Slogan: Warmth that lasts"));
    }

    @Test
    void describesTheUsersPhotoWithTheVisionModelAndKeepsThePhotoAsProductImage() {
        MediaAsset photo = MediaAsset.of(URI.create("file:///tmp/cup.png"), "image/png");
        FakeStageContext ctx = new FakeStageContext(Fixtures.session("x").toBuilder()
                .topic(new Topic("一款磨砂蓝保温杯", photo)).build()).on(Stage.SCRIPT)
                .visionAnswer("一只蓝色磨砂保温杯，竹木盖").answer("Script", Fixtures.SCRIPT_ZH);
        new ScriptHandler().handle(ctx);

        assertEquals("qvq-max", ctx.visionRequests().get(0).model());
        assertEquals(photo, ctx.visionRequests().get(0).image());
        assertEquals("一只蓝色磨砂保温杯，竹木盖", ctx.session().productInsight());
        assertEquals(photo, ctx.session().productImage());
        assertTrue(ctx.imageRequests().isEmpty(), "no product picture is painted when the user gave a photo");
        TextRequest request = ctx.textRequests("Script").get(0);
        assertEquals("一只蓝色磨砂保温杯，竹木盖", request.attributes().get("product_insight"));
        assertTrue(request.messages().get(1).text().contains("一只蓝色磨砂保温杯，竹木盖"));
    }

    @Test
    void aPhotoTheVisionModelCannotDescribeIsReportedAndTheScriptStillWritten() {
        MediaAsset photo = MediaAsset.of(URI.create("file:///tmp/cup.png"), "image/png");
        FakeStageContext ctx = new FakeStageContext(Fixtures.session("x").toBuilder()
                .topic(new Topic("a blue thermos", photo)).build()).on(Stage.SCRIPT)
                .visionFailure(new dev.filmgen.error.ProviderRejectedException("image too large", "InvalidParameter", "req-1", null))
                .answer("Script", Fixtures.SCRIPT_EN);
        new ScriptHandler().handle(ctx);
        assertEquals("Aurora Thermos", ctx.session().script().productName());
        assertNull(ctx.session().productInsight());
        assertEquals(photo, ctx.session().productImage());
        assertFalse(ctx.textRequests().get(0).attributes().containsKey("product_insight"));
        assertTrue(ctx.notices().stream().anyMatch(n -> n.contains("image too large")), ctx.notices().toString());
    }

    @Test
    void carriesTheContractAttributesAndWritesPromptsInTheTopicsLanguage() {
        FakeStageContext zh = new FakeStageContext("一款能保温一整天的保温杯").on(Stage.SCRIPT)
                .config(Fixtures.config(4, 2, "16:9", 42L)).answer("Script", Fixtures.SCRIPT_ZH);
        new ScriptHandler().handle(zh);
        TextRequest r = zh.textRequests().get(0);
        assertEquals("Script", r.purpose());
        assertEquals("zh", r.attributes().get("language"));
        assertEquals("一款能保温一整天的保温杯", r.attributes().get("topic"));
        assertEquals("42", r.attributes().get("seed"));
        assertEquals(42L, r.seed());
        assertFalse(r.attributes().containsKey("product_insight"));
        assertTrue(cjk(r.messages().get(0)) > 20, "Chinese system prompt");

        FakeStageContext en = new FakeStageContext("a thermos bottle").on(Stage.SCRIPT).answer("Script", Fixtures.SCRIPT_EN);
        new ScriptHandler().handle(en);
        TextRequest e = en.textRequests().get(0);
        assertEquals("en", e.attributes().get("language"));
        assertNull(e.attributes().get("seed"));
        assertEquals(0, cjk(e.messages().get(0)) + cjk(e.messages().get(1)), "English prompts");
    }

    @Test
    void acceptsAliasesAndCaseInsensitiveNames() {
        FakeStageContext ctx = new FakeStageContext("a thermos").on(Stage.SCRIPT).answer("Script",
                "{\"Title\":\"T\",\"STORY\":\"S\",\"Characters\":\"Mia, Leo\",\"name\":\"Cup\","
                        + "\"Product Description\":\"blue\",\"Slogan\":\"Go\"}");
        new ScriptHandler().handle(ctx);
        Script s = ctx.session().script();
        assertEquals("T", s.title());
        assertEquals("Cup", s.productName());
        assertEquals(List.of("Mia", "Leo"), s.characters());
    }

    @Test
    void repairsOnceThenSucceeds() {
        FakeStageContext ctx = new FakeStageContext("a thermos").on(Stage.SCRIPT)
                .answer("Script", "Sorry, what product?", Fixtures.SCRIPT_EN);
        new ScriptHandler().handle(ctx);
        assertEquals("Aurora Thermos", ctx.session().script().productName());
        List<TextRequest> requests = ctx.textRequests("Script");
        assertEquals(2, requests.size());
        TextRequest repair = requests.get(1);
        assertEquals("true", repair.attributes().get("repair"));
        assertFalse(requests.get(0).attributes().containsKey("repair"));
        ChatMessage last = repair.messages().get(repair.messages().size() - 1);
        assertEquals(ChatMessage.Role.USER, last.role());
        assertTrue(last.text().contains("no JSON object"), last.text());
        assertEquals("Sorry, what product?", repair.messages().get(repair.messages().size() - 2).text());
    }

    @Test
    void failsAfterOneRepairNamingStageAndField() {
        String noSlogan = "{\"title\":\"T\",\"story\":\"S\",\"characters\":[],\"product_name\":\"Cup\",\"product_description\":\"blue\"}";
        FakeStageContext ctx = new FakeStageContext("a thermos").on(Stage.SCRIPT).answer("Script", noSlogan, noSlogan);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new ScriptHandler().handle(ctx));
        assertEquals(Stage.SCRIPT, e.stage());
        assertTrue(e.getMessage().contains("Script") && e.getMessage().contains("\"slogan\""), e.getMessage());
        assertEquals(2, ctx.textRequests().size());
        assertNull(ctx.session().script(), "nothing half-parsed is recorded");
    }

    @Test
    void failsClearlyWithoutATopic() {
        FakeStageContext ctx = new FakeStageContext(Fixtures.session("x").toBuilder().topic(null).build()).on(Stage.SCRIPT);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new ScriptHandler().handle(ctx));
        assertTrue(e.getMessage().contains("no topic"), e.getMessage());
    }

    private static long cjk(ChatMessage m) {
        return m.text().codePoints().filter(Languages::isCjk).count();
    }

    @Test
    void aCancelledTurnMakesNoModelCall() {
        FakeStageContext t = new FakeStageContext("a thermos").on(Stage.SCRIPT).answer("Script", Fixtures.SCRIPT_EN);
        t.cancel();
        assertThrows(CancelledException.class, () -> new ScriptHandler().handle(t));
        assertTrue(t.textRequests().isEmpty());
    }
}
