package dev.filmgen.stages.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Line;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.TextRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineHandlerTest {

    private static FakeStageContext ctx() {
        return new FakeStageContext(Fixtures.session("a thermos").toBuilder().script(Fixtures.scriptEn())
                .boards(Fixtures.boardsEn()).build()).on(Stage.LINE);
    }

    private static String line(int board, String speaker, String text, String voice) {
        return "{\"board\":" + board + ",\"speaker\":\"" + speaker + "\",\"text\":\"" + text + "\",\"voice\":\"" + voice + "\"}";
    }

    @Test
    void aBoardMissingTwiceIsFilledFromTheStoryboardNotDropped() {
        String answer = "{\"lines\":[" + line(1, "Mia", "Cold mornings come early.", "Serena") + ","
                + line(3, "Mia", "Share the warmth.", "Serena") + "]}";
        FakeStageContext c = ctx().answer("Line", answer, answer);
        new LineHandler().handle(c);
        List<Line> lines = c.session().lines();
        assertEquals(3, lines.size());
        assertEquals(new Line(1, "narrator", "Aurora keeps it hot all day.", "Cherry"), lines.get(1));
        assertEquals("Serena", lines.get(2).voice());
        assertEquals(2, c.textRequests().size());
        assertEquals("true", c.textRequests().get(1).attributes().get("repair"));
        assertTrue(c.textRequests().get(1).messages().get(3).text().contains("board 2"));
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("board 2") && n.contains("narrator")), c.notices().toString());
    }

    @Test
    void theRepairedAnswerFillsTheGap() {
        String partial = "{\"lines\":[" + line(1, "Mia", "Cold mornings come early.", "Serena") + "]}";
        String full = "{\"lines\":[" + line(1, "Mia", "Cold mornings come early.", "Serena") + ","
                + line(2, "narrator", "Aurora keeps it hot all day.", "Ethan") + ","
                + line(3, "Leo", "Share the warmth.", "Dylan") + "]}";
        FakeStageContext c = ctx().answer("Line", partial, full);
        new LineHandler().handle(c);
        assertEquals(List.of("Serena", "Ethan", "Dylan"),
                c.session().lines().stream().map(Line::voice).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void theSameSpeakerKeepsOneVoiceAndUnknownVoicesAreCast() {
        String answer = "{\"lines\":[" + line(1, "Mia", "Cold mornings come early.", "serena") + ","
                + line(2, "Leo", "Aurora keeps it hot all day.", "Robot") + ","
                + line(3, "Mia", "Share the warmth.", "Jada") + "]}";
        FakeStageContext c = ctx().answer("Line", answer);
        new LineHandler().handle(c);
        List<Line> lines = c.session().lines();
        assertEquals("Serena", lines.get(0).voice());
        assertEquals("Serena", lines.get(2).voice(), "Mia keeps her first voice");
        assertTrue(LineHandler.DEFAULT_VOICES.contains(lines.get(1).voice()));
        assertFalse(List.of("Serena", "Cherry").contains(lines.get(1).voice()), "a fresh voice, not Mia's or the narrator's");
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("Robot")));
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("Mia keeps voice Serena")));
    }

    @Test
    void theWordsAreAlwaysTheBoardsNarration() {
        String answer = "{\"lines\":[" + line(1, "Mia", "Brr, so cold!", "Serena") + ","
                + "{\"board\":2,\"voice\":\"Ethan\"}," + line(3, "Mia", "Share the warmth!", "Serena") + "]}";
        FakeStageContext c = ctx().answer("Line", answer);
        new LineHandler().handle(c);
        List<Line> lines = c.session().lines();
        assertEquals("Cold mornings come early.", lines.get(0).text());
        assertEquals(new Line(1, "narrator", "Aurora keeps it hot all day.", "Ethan"), lines.get(1));
        assertEquals(1, c.notices().stream().filter(n -> n.contains("changed the narration")).count(),
                "punctuation-only differences are not reported");
        TextRequest r = c.textRequests().get(0);
        assertEquals("Chelsie,Cherry,Ethan,Serena,Dylan,Jada,Sunny", r.attributes().get("voices"));
        assertTrue(r.attributes().containsKey("boards_json") && r.attributes().containsKey("script_json"));
    }

    @Test
    void chineseLinesUseTheChineseNarrator() {
        FakeStageContext c = new FakeStageContext(Fixtures.session("一款保温杯").toBuilder().script(Fixtures.scriptEn())
                .boards(Fixtures.boardsEn()).build()).on(Stage.LINE).answer("Line", "{\"lines\":[]}", "{\"lines\":[]}");
        StageFailedException e = assertThrows(StageFailedException.class, () -> new LineHandler().handle(c));
        assertTrue(e.getMessage().contains("\"lines\""), e.getMessage());
        assertTrue(c.textRequests().get(0).messages().get(1).text().contains("旁白"));
    }

    @Test
    void castingPicksOnlyVoicesTheConfiguredSpeechModelSpeaks() {
        String model = dev.filmgen.config.FilmConfig.defaults().stage(Stage.AUDIO).model();
        String answer = "{\"lines\":[" + line(1, "Mia", "Cold mornings come early.", "Dylan") + ","
                + line(2, "Leo", "Aurora keeps it hot all day.", "Jada") + ","
                + line(3, "Mia", "Share the warmth.", "Dylan") + "]}";
        FakeStageContext c = ctx().voices(model, List.of("Cherry", "Serena", "Ethan", "Chelsie")).answer("Line", answer);
        new LineHandler().handle(c);
        List<String> cast = c.session().lines().stream().map(Line::voice).toList();
        assertTrue(List.of("Cherry", "Serena", "Ethan", "Chelsie").containsAll(cast), cast.toString());
        assertEquals(cast.get(0), cast.get(2), "Mia keeps one voice");
        assertFalse(cast.get(0).equals(cast.get(1)), "Leo sounds different from Mia");
        String offered = c.textRequests().get(0).attributes().get("voices");
        assertEquals("Cherry,Serena,Ethan,Chelsie", offered, "the model is offered only what can be spoken");
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("Dylan") && n.contains("not offered")), c.notices().toString());
    }
}
