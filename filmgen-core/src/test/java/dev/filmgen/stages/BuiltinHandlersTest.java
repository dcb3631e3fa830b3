package dev.filmgen.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.compose.BoardMedia;
import dev.filmgen.compose.FilmSpec;
import dev.filmgen.handler.Handler;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.session.FilmSession;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.firstframeimage.FirstFrameImageHandler;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import dev.filmgen.testing.RecordingComposer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltinHandlersTest {
    private static final String BOARDS_ZH = "{\"boards\":[{\"board\":1,\"characters\":[\"小米\"],\"picture\":\"清晨地铁站，小米在寒风中等车\","
            + "\"narration\":\"寒冷的早晨，来一口热茶\"},{\"board\":2,\"characters\":[],\"picture\":\"极光保温杯放在办公桌上\","
            + "\"narration\":\"极光保温杯，热一整天\"}]}";
    private static final String ROLES_ZH = "{\"roles\":[{\"name\":\"小米\",\"look\":\"二十多岁女生，短发\",\"clothes\":\"红色呢子大衣\","
            + "\"setting\":\"城市街头\"}]}";

    @Test
    void coversEveryStageAndCannotBeModified() {
        Map<Stage, Handler> all = BuiltinHandlers.all();
        assertEquals(EnumSet.allOf(Stage.class), all.keySet());
        assertTrue(all.get(Stage.FIRST_FRAME_IMAGE) instanceof FirstFrameImageHandler);
        assertThrows(UnsupportedOperationException.class, () -> all.put(Stage.FILM, ctx -> { }));
    }

    @Test
    void aChineseThemeRunsThroughAllTwelveStagesIntoAFilmSpec() {
        RecordingComposer composer = new RecordingComposer();
        FakeStageContext c = new FakeStageContext("一款能保温一整天的保温杯").composer(composer)
                .answer("Script", Fixtures.SCRIPT_ZH)
                .answer("Storyboard", BOARDS_ZH)
                .answer("RoleDescription", ROLES_ZH)
                .answer("FirstFrameDescription", "{\"frames\":[{\"board\":1,\"description\":\"小米在地铁站\"},"
                        + "{\"board\":2,\"description\":\"保温杯特写\"}]}")
                .answer("VideoDescription", "```json\n{\"cameras\":[{\"board\":1,\"description\":\"中景，推近\"},"
                        + "{\"board\":2,\"description\":\"特写，固定\"}]}\n```")
                .answer("Line", "{\"lines\":[{\"board\":1,\"speaker\":\"小米\",\"text\":\"寒冷的早晨，来一口热茶\",\"voice\":\"Cherry\"},"
                        + "{\"board\":2,\"speaker\":\"旁白\",\"text\":\"极光保温杯，热一整天\",\"voice\":\"Ethan\"}]}");
        Map<Stage, Handler> handlers = BuiltinHandlers.all();
        for (Stage s : Stage.values()) {
            FilmSession session = c.session();
            int items = s.granularity() == Stage.Granularity.PER_BOARD ? session.boards().size()
                    : s.granularity() == Stage.Granularity.PER_ROLE ? session.roles().size() : 1;
            for (int i = 0; i < items; i++) {
                handlers.get(s).handle(c.on(s, s.granularity() == Stage.Granularity.WHOLE ? -1 : i));
            }
        }
        FilmSession done = c.session();
        assertEquals(2, done.boards().size());
        assertEquals(2, done.clips().size());
        assertEquals(2, done.voices().size());
        assertEquals("小米", done.lines().get(0).speaker());
        assertEquals("Cherry", done.lines().get(0).voice());

        assertTrue(c.textRequests().stream().allMatch(r -> "zh".equals(r.attributes().get("language"))));
        assertTrue(c.speechRequests().stream().allMatch(r -> "zh".equals(r.language())));
        ImageRequest board1 = c.imageRequests().stream().filter(r -> r.purpose().equals("frame:1")).findFirst().orElseThrow();
        assertEquals(List.of(done.roleImages().get("小米")), board1.references());
        ImageRequest board2 = c.imageRequests().stream().filter(r -> r.purpose().equals("frame:2")).findFirst().orElseThrow();
        assertEquals(List.of(done.productImage()), board2.references());

        FilmSpec spec = composer.lastSpec();
        assertEquals(List.of("寒冷的早晨，来一口热茶", "极光保温杯，热一整天"),
                spec.boards().stream().map(BoardMedia::subtitle).collect(Collectors.toList()));
        assertEquals("温暖一整天", spec.endCard().slogan());
        assertEquals("s1/film/film.mp4", done.film().video().storageKey());

        assertTrue(c.stageDones().isEmpty(), "StageDone is the runner's to emit");
        for (Stage s : List.of(Stage.SCRIPT, Stage.STORYBOARD, Stage.ROLE_DESCRIPTION, Stage.FIRST_FRAME_DESCRIPTION,
                Stage.VIDEO_DESCRIPTION, Stage.LINE, Stage.FILM)) {
            assertTrue(BuiltinHandlers.render(s, done, "zh") != null, s + " has a rendering");
        }
        assertTrue(BuiltinHandlers.render(Stage.VIDEO, done, "zh") == null);
        assertTrue(BuiltinHandlers.render(Stage.SCRIPT, done, "zh").contains("宣传语：温暖一整天"));
        String storyboardText = BuiltinHandlers.render(Stage.STORYBOARD, done, "zh");
        assertTrue(storyboardText.contains("分镜2") && storyboardText.contains("旁白：极光保温杯，热一整天"), storyboardText);
    }
}
