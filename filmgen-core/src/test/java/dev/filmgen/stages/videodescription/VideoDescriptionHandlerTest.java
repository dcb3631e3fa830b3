package dev.filmgen.stages.videodescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.CameraDescription;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VideoDescriptionHandlerTest {
    @Test
    void cameraDescriptionsCarryFramesAndUnnumberedItemsFollowListOrder() {
        FakeStageContext c = new FakeStageContext(Fixtures.afterFrames()).on(Stage.VIDEO_DESCRIPTION)
                .answer("VideoDescription", "[\"push in on Mia\", {\"description\":\"static close-up\"}, \"pan left\","
                        + " \"extra\"]");
        new VideoDescriptionHandler().handle(c);
        assertEquals(List.of(new CameraDescription(0, "push in on Mia"), new CameraDescription(1, "static close-up"),
                new CameraDescription(2, "pan left")), c.session().cameras());
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("1 description(s)")));
        assertTrue(c.textRequests().get(0).attributes().get("frames_json").contains("Mia waits at a bus stop"));
    }

    @Test
    void videoDescriptionNeedsFrames() {
        FakeStageContext c = new FakeStageContext(Fixtures.afterRoles()).on(Stage.VIDEO_DESCRIPTION);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new VideoDescriptionHandler().handle(c));
        assertTrue(e.getMessage().contains("run FirstFrameDescription first"));
    }
    @Test
    void theDirectorIsToldTheFirstFrameFixesLooksSoTheClipPromptAddsNoClothesOrColours() {
        FakeStageContext en = new FakeStageContext(Fixtures.afterFrames()).on(Stage.VIDEO_DESCRIPTION)
                .answer("VideoDescription", "[\"push in\", \"static\", \"pan left\"]");
        new VideoDescriptionHandler().handle(en);
        String asked = en.textRequests().get(0).messages().stream().map(m -> m.text())
                .reduce("", String::concat);
        assertTrue(asked.contains("their clothes, colours, packaging or lettering, and add no new garments or props"),
                asked);

        FakeStageContext zh = new FakeStageContext(Fixtures.afterFrames()).on(Stage.VIDEO_DESCRIPTION).language("zh")
                .answer("VideoDescription", "[\"推近\", \"固定\", \"左摇\"]");
        new VideoDescriptionHandler().handle(zh);
        String askedZh = zh.textRequests().get(0).messages().stream().map(m -> m.text())
                .reduce("", String::concat);
        assertTrue(askedZh.contains("不要描写他们的服装、颜色、包装或文字，也不要加入新的衣物或道具"), askedZh);
    }
}
