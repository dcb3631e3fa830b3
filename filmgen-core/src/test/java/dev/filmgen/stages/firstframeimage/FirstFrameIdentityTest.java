package dev.filmgen.stages.firstframeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.Board;
import dev.filmgen.domain.FrameCheck;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.VisionRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default preset's identity path: which boards go to the reference model with which references, and the judge. */
class FirstFrameIdentityTest {
    private static final MediaAsset MIA = MediaAsset.of(URI.create("fake://portrait/mia"), "image/png");
    private static final MediaAsset LEO = MediaAsset.of(URI.create("fake://portrait/leo"), "image/png");
    private static final MediaAsset PRODUCT = MediaAsset.of(URI.create("fake://product"), "image/png");

    private static FilmSession session() {
        return Fixtures.afterFrames().toBuilder().roleImage("Mia", MIA).roleImage("Leo", LEO).productImage(PRODUCT)
                .build();
    }

    private static String verdict(double score) {
        return "```json\n{\"product_present\": true, \"product_recognisable\": true, \"roles\": {\"Mia\": true},"
                + " \"text_garbled\": false, \"score\": " + score + ", \"reason\": \"scored " + score + "\"}\n```";
    }

    private static FilmConfig config(Map<String, Object> frameOptions) {
        FilmConfig d = Fixtures.config(4, 2, "16:9", 5L);
        Map<Stage, StageConfig> m = new EnumMap<>(d.stages());
        StageConfig c = d.stage(Stage.FIRST_FRAME_IMAGE);
        Map<String, Object> o = new HashMap<>(c.options());
        o.putAll(frameOptions);
        m.put(Stage.FIRST_FRAME_IMAGE, new StageConfig(c.model(), null, null, c.limits(), o));
        return new FilmConfig(m, d.intentModel(), 4, 2, "16:9", 5, 5L, d.filmStyle());
    }

    private static FakeStageContext run(FakeStageContext c, int board) {
        new FirstFrameImageHandler().handle(c.on(Stage.FIRST_FRAME_IMAGE, board));
        return c;
    }

    @Test
    void boardsWithACharacterOrTheProductGoToTheReferenceModelWithExactlyTheirReferences() {
        FakeStageContext c = new FakeStageContext(session()).visionAnswer(verdict(9));
        run(c, 0);
        run(c, 1);
        run(c, 2);
        List<ImageRequest> r = c.imageRequests();
        assertEquals(3, r.size(), "a score of 9 needs no second picture");
        for (ImageRequest each : r) {
            assertEquals("wan2.6-image", each.model(), each.purpose());
            assertFalse(each.options().containsKey(StageConfig.REFERENCE_MODEL), "filmgen's keys stay out of the call");
            assertFalse(each.options().containsKey(StageConfig.JUDGE_MODEL));
        }
        assertEquals(List.of(MIA), r.get(0).references());
        assertEquals(List.of(PRODUCT), r.get(1).references());
        assertEquals(List.of(PRODUCT, MIA, LEO), r.get(2).references(), "the product first: never the one dropped");
        assertTrue(r.get(2).prompt().contains("Image 1 is the product \u201CAurora Thermos\u201D, image 2 is Mia, image 3 is Leo"),
                r.get(2).prompt());
    }

    @Test
    void aBoardWithNothingToKeepConsistentIsPaintedFromTextAlone() {
        FilmSession s = session().toBuilder().productImage(null)
                .boards(List.of(new Board(0, List.of("Ann"), "An empty street at dawn", "Morning."))).build();
        FakeStageContext c = run(new FakeStageContext(s).visionAnswer(verdict(8)), 0);
        ImageRequest r = c.imageRequests().get(0);
        assertEquals("wan2.2-t2i-plus", r.model());
        assertTrue(r.references().isEmpty());
        assertFalse(r.prompt().contains("reference"), r.prompt());
    }

    @Test
    void anExplicitModelWithoutAReferenceModelPaintsEveryBoardAndStillHandsItTheReferences() {
        FakeStageContext c = run(new FakeStageContext(session()).config(config(Map.of(StageConfig.REFERENCE_MODEL,
                "none"))).visionAnswer(verdict(8)), 2);
        ImageRequest r = c.imageRequests().get(0);
        assertEquals("wan2.2-t2i-plus", r.model());
        assertEquals(List.of(PRODUCT, MIA, LEO), r.references(), "a model that takes references may use them");
        assertFalse(r.prompt().contains("image 1"), "no positional names for a model that is not a reference model");
    }

    @Test
    void aVerdictBelowTheMinimumMakesExactlyOneMorePictureAndKeepsTheBetter() {
        FakeStageContext c = new FakeStageContext(session()).config(config(Map.of())).visionAnswers(verdict(3),
                verdict(7));
        run(c, 0);
        List<ImageRequest> r = c.imageRequests();
        assertEquals(2, r.size(), "candidates default to 2");
        assertEquals(5L, r.get(0).seed());
        assertTrue(r.get(1).seed() != null && r.get(1).seed() != 5L, "the second picture is a new seed");
        assertEquals("frame:1#2", r.get(1).purpose());
        FrameCheck check = c.session().frameChecks().get(0);
        assertEquals(2, check.candidates().size());
        assertEquals(1, check.chosen());
        assertEquals(7.0, check.score());
        assertEquals(3.0, check.candidates().get(0).score());
        assertEquals(c.session().firstFrames().get(0), check.kept().picture());
        FilmEvent.FrameJudged judged = c.events().stream().filter(e -> e instanceof FilmEvent.FrameJudged)
                .map(e -> (FilmEvent.FrameJudged) e).findFirst().orElseThrow();
        assertEquals(7.0, judged.score());
        assertEquals(2, judged.candidates());
        assertEquals("scored 7.0", judged.sentence());
    }

    @Test
    void theJudgeSeesTheFrameFirstThenTheSameReferencesTheBoardWasPaintedWith() {
        FakeStageContext c = run(new FakeStageContext(session()).visionAnswer(verdict(9)), 2);
        VisionRequest v = c.visionRequests().get(0);
        assertEquals("qwen-vl-max", v.model());
        assertEquals(c.session().firstFrames().get(2), v.image());
        assertEquals(List.of(PRODUCT, MIA, LEO), v.references());
        assertTrue(v.question().contains("image 2 is the product \u201CAurora Thermos\u201D, image 3 is Mia, image 4 is Leo"), v.question());
        assertTrue(v.question().contains("Mia pours tea for Leo"), v.question());
    }

    @Test
    void whenEveryCandidateScoresLowTheBestIsKeptAndTheUserIsTold() {
        FakeStageContext c = new FakeStageContext(session()).config(config(Map.of(StageConfig.CANDIDATES, 3)))
                .visionAnswers(verdict(3), verdict(5), verdict(4));
        run(c, 1);
        assertEquals(3, c.imageRequests().size());
        FrameCheck check = c.session().frameChecks().get(1);
        assertEquals(1, check.chosen());
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("scored 5/10, below 6")), c.notices().toString());
    }

    @Test
    void anUnreadableVerdictIsRepairedOnceThenThePictureIsKeptWithANotice() {
        FakeStageContext c = new FakeStageContext(session()).visionAnswers("Looks nice!", "Still looks nice.");
        run(c, 0);
        assertEquals(1, c.imageRequests().size(), "an unread verdict never makes another picture");
        assertEquals(2, c.visionRequests().size(), "the question and one repair");
        assertTrue(c.visionRequests().get(1).question().contains("could not be read"));
        FrameCheck check = c.session().frameChecks().get(0);
        assertNull(check.score());
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("could not be read even after a repair")));
    }

    @Test
    void aRepairedVerdictCounts() {
        FakeStageContext c = new FakeStageContext(session()).visionAnswers("nice", verdict(8));
        run(c, 0);
        FrameCheck check = c.session().frameChecks().get(0);
        assertEquals(8.0, check.score());
        assertTrue(check.kept().verdict().repaired());
    }

    @Test
    void aFailingJudgeNeverFailsTheBoard() {
        FakeStageContext c = new FakeStageContext(session())
                .visionFailure(new NonRetriableException("vision model down"));
        run(c, 0);
        assertTrue(c.session().firstFrames().containsKey(0));
        assertEquals(1, c.imageRequests().size());
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("vision model down")), c.notices().toString());
    }

    @Test
    void judgingOffMakesOnePictureAndRecordsNoCheck() {
        FakeStageContext c = run(new FakeStageContext(session()).config(config(Map.of(StageConfig.JUDGE_MODEL, "none"))),
                0);
        assertEquals(1, c.imageRequests().size());
        assertTrue(c.visionRequests().isEmpty());
        assertTrue(c.session().frameChecks().isEmpty());
    }

    @Test
    void theVerdictParserForgivesTheUsualVariations() {
        var v = VerdictParser.parse("Here you go: {\"product_present\": \"yes\", \"roles\": [{\"name\": \"Mia\","
                + " \"recognisable\": \"no\"}], \"text_garbled\": null, \"score\": \"7/10\", \"reason\": \"ok\"}",
                List.of("Mia", "Leo"), false);
        assertEquals(7.0, v.score());
        assertEquals(Boolean.TRUE, v.productPresent());
        assertEquals(Boolean.FALSE, v.roles().get("Mia"));
        assertTrue(v.roles().containsKey("Leo") && v.roles().get("Leo") == null);
        assertNull(v.textGarbled());
    }
}
