package dev.filmgen.stages.firstframeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.CancelledException;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFrameImageHandlerTest {
    @Test
    void firstFramesGetPortraitsOfTheirCharactersAndTheProductForProductShots() {
        FakeStageContext c = new FakeStageContext(Fixtures.withPortraits());
        new FirstFrameImageHandler().handle(c.on(Stage.FIRST_FRAME_IMAGE, 0));
        new FirstFrameImageHandler().handle(c.on(Stage.FIRST_FRAME_IMAGE, 1));
        new FirstFrameImageHandler().handle(c.on(Stage.FIRST_FRAME_IMAGE, 2));
        List<ImageRequest> r = c.imageRequests();
        assertEquals(List.of(Fixtures.PORTRAIT_MIA), r.get(0).references(), "board 1: Mia only, the picture does not show the product");
        assertEquals(List.of(Fixtures.PRODUCT_PICTURE), r.get(1).references(), "board 2 has no characters: a product shot");
        assertEquals(List.of(Fixtures.PRODUCT_PICTURE, Fixtures.PORTRAIT_MIA, Fixtures.PORTRAIT_LEO), r.get(2).references(),
                "board 3 names the Aurora Thermos; the product goes first");
        assertEquals("frame:3", r.get(2).purpose());
        assertTrue(r.get(2).prompt().startsWith("Mia pours tea for Leo"), r.get(2).prompt());
        assertTrue(r.get(2).prompt().contains("Mia wears red wool coat; Leo wears grey hoodie"), r.get(2).prompt());
        assertEquals(3, c.session().firstFrames().size());
    }

    @Test
    void firstFrameSizeFollowsTheAspect() {
        for (Object[] t : new Object[][] {{"16:9", 1280, 720}, {"9:16", 720, 1280}, {"1:1", 1024, 1024}}) {
            FakeStageContext c = new FakeStageContext(Fixtures.withPortraits()).config(Fixtures.config(4, 2, (String) t[0], null))
                    .on(Stage.FIRST_FRAME_IMAGE, 1);
            new FirstFrameImageHandler().handle(c);
            assertEquals(t[1], c.imageRequests().get(0).width());
            assertEquals(t[2], c.imageRequests().get(0).height());
        }
    }

    @Test
    void chineseFramesUseChineseStyleWords() {
        FakeStageContext c = new FakeStageContext(Fixtures.withPortraits()).language("zh").on(Stage.FIRST_FRAME_IMAGE, 0);
        new FirstFrameImageHandler().handle(c);
        assertTrue(c.imageRequests().get(0).prompt().contains("风格"), c.imageRequests().get(0).prompt());
        assertTrue(c.imageRequests().get(0).prompt().contains("Mia穿着red wool coat"));
    }

    @Test
    void aCancelledTurnMakesNoModelCall() {
        FakeStageContext c = new FakeStageContext(Fixtures.withPortraits()).on(Stage.FIRST_FRAME_IMAGE, 0);
        c.cancel();
        assertThrows(CancelledException.class, () -> new FirstFrameImageHandler().handle(c));
        assertTrue(c.imageRequests().isEmpty());
    }
}
