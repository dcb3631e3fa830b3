package dev.filmgen.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.audio.AudioHandler;
import dev.filmgen.stages.firstframeimage.FirstFrameImageHandler;
import dev.filmgen.stages.roleimage.RoleImageHandler;
import dev.filmgen.stages.script.ScriptHandler;
import dev.filmgen.stages.video.VideoHandler;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaHandlersTest {
    private static final MediaAsset MIA = MediaAsset.of(URI.create("fake://portrait/mia"), "image/png");
    private static final MediaAsset LEO = MediaAsset.of(URI.create("fake://portrait/leo"), "image/png");
    private static final MediaAsset PRODUCT = MediaAsset.of(URI.create("fake://product"), "image/png");

    private static FilmSession withPortraits() {
        return Fixtures.afterFrames().toBuilder().roleImage("Mia", MIA).roleImage("Leo", LEO).productImage(PRODUCT).build();
    }

    @Test
    void portraitsArePaintedFromTheRoleEvenWhenTheUserGaveAProductPhoto() {
        FakeStageContext c = new FakeStageContext(withPortraits().toBuilder().roleImages(Map.of()).build())
                .on(Stage.ROLE_IMAGE, 1);
        new RoleImageHandler().handle(c);
        ImageRequest r = c.imageRequests().get(0);
        assertEquals("role:Leo", r.purpose());
        assertTrue(r.prompt().contains("bearded") || r.prompt().contains("beard"), r.prompt());
        assertTrue(r.prompt().contains("grey hoodie"));
        assertTrue(r.references().isEmpty(), "portraits are painted, not copied from the product photo");
        assertEquals(URI.create("fake://image/role-Leo"), c.session().roleImages().get("Leo").uri());
    }

    @Test
    void firstFramesGetPortraitsOfTheirCharactersAndTheProductForProductShots() {
        FakeStageContext c = new FakeStageContext(withPortraits());
        new FirstFrameImageHandler().handle(c.on(Stage.FIRST_FRAME_IMAGE, 0));
        new FirstFrameImageHandler().handle(c.on(Stage.FIRST_FRAME_IMAGE, 1));
        new FirstFrameImageHandler().handle(c.on(Stage.FIRST_FRAME_IMAGE, 2));
        List<ImageRequest> r = c.imageRequests();
        assertEquals(List.of(MIA), r.get(0).references(), "board 1: Mia only, the picture does not show the product");
        assertEquals(List.of(PRODUCT), r.get(1).references(), "board 2 has no characters: a product shot");
        assertEquals(List.of(PRODUCT, MIA, LEO), r.get(2).references(), "board 3 names the Aurora Thermos");
        assertEquals("frame:3", r.get(2).purpose());
        assertTrue(r.get(2).prompt().startsWith("Mia pours tea for Leo"), r.get(2).prompt());
        assertTrue(r.get(2).prompt().contains("Mia wears red wool coat; Leo wears grey hoodie"), r.get(2).prompt());
        assertEquals(3, c.session().firstFrames().size());
    }

    @Test
    void firstFrameSizeFollowsTheAspect() {
        for (Object[] t : new Object[][] {{"16:9", 1280, 720}, {"9:16", 720, 1280}, {"1:1", 1024, 1024}}) {
            FakeStageContext c = new FakeStageContext(withPortraits()).config(Fixtures.config(4, 2, (String) t[0], null))
                    .on(Stage.FIRST_FRAME_IMAGE, 1);
            new FirstFrameImageHandler().handle(c);
            assertEquals(t[1], c.imageRequests().get(0).width());
            assertEquals(t[2], c.imageRequests().get(0).height());
        }
    }

    @Test
    void chineseFramesUseChineseStyleWords() {
        FakeStageContext c = new FakeStageContext(withPortraits()).language("zh").on(Stage.FIRST_FRAME_IMAGE, 0);
        new FirstFrameImageHandler().handle(c);
        assertTrue(c.imageRequests().get(0).prompt().contains("风格"), c.imageRequests().get(0).prompt());
        assertTrue(c.imageRequests().get(0).prompt().contains("Mia穿着red wool coat"));
    }

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

    @Test
    void audioSpeaksTheLineInItsVoiceAndTheFilmsLanguage() {
        FakeStageContext c = new FakeStageContext(Fixtures.afterRoles().toBuilder()
                .lines(List.of(new Line(0, "Mia", "Cold mornings come early.", "Cherry"),
                        new Line(1, "narrator", "Aurora keeps it hot all day.", "Ethan"))).build()).on(Stage.AUDIO, 1);
        new AudioHandler().handle(c);
        SpeechRequest r = c.speechRequests().get(0);
        assertEquals("Aurora keeps it hot all day.", r.text());
        assertEquals("Ethan", r.voice());
        assertEquals("en", r.language());
        assertEquals("qwen3-tts-flash", r.model(), "the default speech model");
        assertEquals("voice:2", r.purpose());
        assertTrue(c.session().voices().containsKey(1));

        FakeStageContext none = new FakeStageContext(Fixtures.afterRoles()).on(Stage.AUDIO, 2);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new AudioHandler().handle(none));
        assertEquals(2, e.board());
    }

    @Test
    void aSilentStandInVoiceIsReportedAsANoticeNamingTheBoardAndLanguage() {
        FilmSession s = Fixtures.afterRoles().toBuilder()
                .lines(List.of(new Line(0, "旁白", "清晨的第一杯热茶。", "Cherry"))).build();
        FakeStageContext silent = new FakeStageContext(s).language("zh").on(Stage.AUDIO, 0)
                .speechModel(r -> MediaAsset.of(URI.create("data:audio/wav;base64,AAEC"), "audio/wav; silent=true"));
        new AudioHandler().handle(silent);
        assertEquals(List.of("board 1 has no spoken narration: no voice engine could speak Chinese; "
                + "subtitles still show it"), silent.notices());
        assertTrue(silent.session().voices().containsKey(0), "the silent track still keeps the board's timing");

        FakeStageContext spoken = new FakeStageContext(s).language("zh").on(Stage.AUDIO, 0)
                .speechModel(r -> MediaAsset.of(URI.create("data:audio/wav;base64,AAEC"), "audio/wav;rate=24000"));
        new AudioHandler().handle(spoken);
        assertTrue(spoken.notices().isEmpty(), spoken.notices().toString());
    }

    @Test
    void aCancelledTurnMakesNoModelCall() {
        FakeStageContext c = new FakeStageContext(withPortraits()).on(Stage.FIRST_FRAME_IMAGE, 0);
        c.cancel();
        assertThrows(dev.filmgen.error.CancelledException.class, () -> new FirstFrameImageHandler().handle(c));
        assertTrue(c.imageRequests().isEmpty());
        FakeStageContext t = new FakeStageContext("a thermos").on(Stage.SCRIPT).answer("Script", Fixtures.SCRIPT_EN);
        t.cancel();
        assertThrows(dev.filmgen.error.CancelledException.class, () -> new ScriptHandler().handle(t));
        assertTrue(t.textRequests().isEmpty());
    }
}
