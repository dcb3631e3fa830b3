package dev.filmgen.stages.firstframedescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.FrameDescription;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.model.TextRequest;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFrameDescriptionHandlerTest {
    @Test
    void firstFrameDescriptionsAreMatchedToBoardsByNumber() {
        FakeStageContext c = new FakeStageContext(Fixtures.afterRoles()).on(Stage.FIRST_FRAME_DESCRIPTION)
                .answer("FirstFrameDescription", "Frames:\n{\"frames\":[{\"board\":3,\"text\":\"c\"},"
                        + "{\"Board\":\"1\",\"description\":\"a\"},{\"board\":2,\"Description\":\"b\"}]}");
        new FirstFrameDescriptionHandler().handle(c);
        assertEquals(List.of(new FrameDescription(0, "a"), new FrameDescription(1, "b"), new FrameDescription(2, "c")),
                c.session().frames());
        TextRequest r = c.textRequests().get(0);
        assertTrue(r.attributes().get("roles_json").contains("\"name\":\"Leo\""));
        assertTrue(r.attributes().get("boards_json").contains("\"board\":3"));
        assertTrue(r.messages().get(1).text().contains("each of the 3 boards"));
    }

    @Test
    void aMissingBoardIsRepairedOnceThenTheStageFailsNamingIt() {
        String two = "{\"frames\":[{\"board\":1,\"description\":\"a\"},{\"board\":3,\"description\":\"c\"}]}";
        FakeStageContext c = new FakeStageContext(Fixtures.afterRoles()).on(Stage.FIRST_FRAME_DESCRIPTION)
                .answer("FirstFrameDescription", two, two);
        StageFailedException e = assertThrows(StageFailedException.class,
                () -> new FirstFrameDescriptionHandler().handle(c));
        assertEquals(1, e.board());
        assertTrue(e.getMessage().startsWith("FirstFrameDescription board 2 failed"), e.getMessage());
        assertEquals("true", c.textRequests().get(1).attributes().get("repair"));
        assertTrue(c.session().frames().isEmpty());
    }

    @Test
    void anEmptyDescriptionIsAMissingField() {
        String blank = "{\"frames\":[{\"board\":1,\"description\":\"a\"},{\"board\":2,\"description\":\" \"},"
                + "{\"board\":3,\"description\":\"c\"}]}";
        FakeStageContext c = new FakeStageContext(Fixtures.afterRoles()).on(Stage.FIRST_FRAME_DESCRIPTION)
                .answer("FirstFrameDescription", blank, blank);
        StageFailedException e = assertThrows(StageFailedException.class,
                () -> new FirstFrameDescriptionHandler().handle(c));
        assertTrue(e.getMessage().contains("board 2") && e.getMessage().contains("\"description\""), e.getMessage());
    }
}
