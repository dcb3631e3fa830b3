package dev.filmgen.stages.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Board;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.TextRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryboardHandlerTest {

    private static FakeStageContext ctx(String topic) {
        return new FakeStageContext(Fixtures.session(topic).toBuilder().script(Fixtures.scriptEn()).build())
                .on(Stage.STORYBOARD);
    }

    @Test
    void readsBoardsInTheirOneBasedOrderWithEmptyCastForProductShots() {
        FakeStageContext c = ctx("a thermos").answer("Storyboard", "```\n{\"Boards\": ["
                + "{\"Board\": 2, \"characters\": \"none\", \"scene\": \"the bottle\", \"Narration\": \"Hot all day.\"},"
                + "{\"index\": 1, \"characters\": [\"Mia\"], \"picture\": \"Mia at a bus stop\", \"text\": \"Cold mornings.\"}]}\n```");
        new StoryboardHandler().handle(c);
        List<Board> boards = c.session().boards();
        assertEquals(2, boards.size());
        assertEquals(new Board(0, List.of("Mia"), "Mia at a bus stop", "Cold mornings."), boards.get(0));
        assertEquals(new Board(1, List.of(), "the bottle", "Hot all day."), boards.get(1));
        assertTrue(BuiltinHandlers.render(Stage.STORYBOARD, c.session(), "en").contains("Board 2\n  Characters: none"));
    }

    @Test
    void honoursMaxBoardsByCuttingExtrasWithANotice() {
        StringBuilder json = new StringBuilder("{\"boards\":[");
        for (int i = 1; i <= 6; i++) {
            json.append(i > 1 ? "," : "").append("{\"board\":").append(i)
                    .append(",\"characters\":[],\"picture\":\"p").append(i).append("\",\"narration\":\"n").append(i).append("\"}");
        }
        FakeStageContext c = ctx("a thermos").config(Fixtures.config(3, 2, "16:9", null))
                .answer("Storyboard", json.append("]}").toString());
        new StoryboardHandler().handle(c);
        assertEquals(3, c.session().boards().size());
        assertEquals("n3", c.session().boards().get(2).narration());
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("6 boards") && n.contains("max_boards is 3")),
                c.notices().toString());
        TextRequest r = c.textRequests().get(0);
        assertEquals("3", r.attributes().get("max_boards"));
        assertEquals("2", r.attributes().get("max_roles"));
        assertTrue(r.attributes().get("script_json").contains("\"product_name\":\"Aurora Thermos\""));
        assertTrue(r.messages().get(1).text().contains("at most 3 boards"));
    }

    @Test
    void warnsWhenTheBoardsShowMoreCharactersThanMaxRoles() {
        FakeStageContext c = ctx("a thermos").config(Fixtures.config(4, 1, "16:9", null)).answer("Storyboard",
                "{\"boards\":[{\"board\":1,\"characters\":[\"Mia\",\"Leo\"],\"picture\":\"p\",\"narration\":\"n\"}]}");
        new StoryboardHandler().handle(c);
        assertEquals(List.of("Mia", "Leo"), c.session().boards().get(0).characters());
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("2 characters") && n.contains("max_roles is 1")));
    }

    @Test
    void warnsAboutLongNarrationButKeepsIt() {
        String longZh = "清晨的地铁站里人来人往，小米握着她的保温杯，杯里的热茶一直温暖着她的双手和心情";
        FakeStageContext c = ctx("一款保温杯").answer("Storyboard",
                "{\"boards\":[{\"board\":1,\"characters\":[\"小米\"],\"picture\":\"地铁站\",\"narration\":\"" + longZh + "\"}]}");
        new StoryboardHandler().handle(c);
        assertEquals(longZh, c.session().boards().get(0).narration());
        assertTrue(c.notices().stream().anyMatch(n -> n.contains("board 1") && n.contains("longer than 30")));
    }

    @Test
    void zeroBoardsIsRepairedOnce() {
        FakeStageContext c = ctx("a thermos").answer("Storyboard", "{\"boards\": []}", Fixtures.BOARDS_EN);
        new StoryboardHandler().handle(c);
        assertEquals(2, c.session().boards().size());
        assertEquals("true", c.textRequests().get(1).attributes().get("repair"));
    }

    @Test
    void aBoardMissingItsNarrationAfterRepairFailsNamingStageBoardAndField() {
        String bad = "{\"boards\":[{\"board\":1,\"picture\":\"a\",\"narration\":\"b\"},{\"board\":2,\"picture\":\"c\"}]}";
        FakeStageContext c = ctx("a thermos").answer("Storyboard", bad, bad);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new StoryboardHandler().handle(c));
        assertEquals(Stage.STORYBOARD, e.stage());
        assertEquals(1, e.board());
        assertTrue(e.getMessage().startsWith("Storyboard board 2 failed"), e.getMessage());
        assertTrue(e.getMessage().contains("\"narration\""), e.getMessage());
        assertTrue(c.textRequests().get(1).messages().get(3).text().contains("\"narration\""));
        assertTrue(c.session().boards().isEmpty());
    }

    @Test
    void zeroBoardsTwiceFails() {
        FakeStageContext c = ctx("a thermos").answer("Storyboard", "{\"boards\": []}", "no idea");
        StageFailedException e = assertThrows(StageFailedException.class, () -> new StoryboardHandler().handle(c));
        assertEquals(-1, e.board());
    }

    @Test
    void needsAScript() {
        FakeStageContext c = new FakeStageContext("a thermos").on(Stage.STORYBOARD);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new StoryboardHandler().handle(c));
        assertTrue(e.getMessage().contains("run Script first"), e.getMessage());
    }
}
