package dev.filmgen.stages.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VideoHandlerTest {
    @Test
    void aClipStartsFromItsFirstFrameWithItsCameraTextResolutionAndLength() {
        MediaAsset frame = MediaAsset.of(URI.create("fake://frame/2"), "image/png");
        FilmConfig d = FilmConfig.defaults();
        Map<Stage, StageConfig> stages = new EnumMap<>(d.stages());
        stages.put(Stage.VIDEO, new StageConfig("wan2.2-i2v-plus", null, null, 2, 2,
                Map.of("resolution", "720p", "prompt_extend", true)));
        FilmConfig config = new FilmConfig(stages, d.intentModel(), 4, 2, "16:9", 7, 9L, d.filmStyle());
        FakeStageContext c = new FakeStageContext(Fixtures.afterCameras().toBuilder().firstFrame(1, frame).build())
                .config(config).on(Stage.VIDEO, 1);
        new VideoHandler().handle(c);
        VideoRequest r = c.videoRequests().get(0);
        assertEquals(frame, r.firstFrame());
        assertEquals("close-up, static", r.prompt());
        assertEquals("720P", r.resolution());
        assertEquals(7, r.durationSeconds());
        assertEquals(9L, r.seed());
        assertEquals(Map.of("prompt_extend", true), r.options());
        assertEquals("clip:2", r.purpose());
        assertTrue(c.session().clips().containsKey(1));
    }

    @Test
    void aClipWithoutItsFirstFrameFailsNamingTheBoard() {
        FakeStageContext c = new FakeStageContext(Fixtures.afterCameras()).on(Stage.VIDEO, 2);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new VideoHandler().handle(c));
        assertEquals(2, e.board());
        assertTrue(e.getMessage().startsWith("Video board 3 failed"), e.getMessage());
    }
}
