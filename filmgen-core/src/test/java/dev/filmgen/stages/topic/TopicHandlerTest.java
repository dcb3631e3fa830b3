package dev.filmgen.stages.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Topic;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.FakeStageContext;
import dev.filmgen.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TopicHandlerTest {

    @Test
    void completesWhenTheSessionHasATopicWithoutCallingAnyModel() {
        FakeStageContext ctx = new FakeStageContext("a thermos").on(Stage.TOPIC);
        new TopicHandler().handle(ctx);
        assertTrue(ctx.textRequests().isEmpty());
        assertTrue(ctx.events().isEmpty(), "StageDone is the runner's to emit");
    }

    @Test
    void failsNamingTheMissingTopic() {
        FakeStageContext none = new FakeStageContext(Fixtures.session("x").toBuilder().topic(null).build()).on(Stage.TOPIC);
        StageFailedException e = assertThrows(StageFailedException.class, () -> new TopicHandler().handle(none));
        assertEquals(Stage.TOPIC, e.stage());
        assertTrue(e.getMessage().contains("no topic"), e.getMessage());

        FakeStageContext blank = new FakeStageContext(Fixtures.session("x").toBuilder().topic(Topic.of("  ")).build())
                .on(Stage.TOPIC);
        assertThrows(StageFailedException.class, () -> new TopicHandler().handle(blank));
    }
}
