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

    @Test
    void aKoreanOrJapaneseThemeIsToldWhichLanguageTheFilmIsNarratedIn() {
        FakeStageContext korean = new FakeStageContext("설화수 윤조에센스 90ml 한정판").on(Stage.TOPIC);
        new TopicHandler().handle(korean);
        assertEquals(1, korean.notices().size(), korean.notices().toString());
        assertTrue(korean.notices().get(0).contains("written in Korean"), korean.notices().get(0));
        assertTrue(korean.notices().get(0).contains("this one is in English"), korean.notices().get(0));

        FakeStageContext japanese = new FakeStageContext("宇治抹茶ラテ 個包装 10本入り").on(Stage.TOPIC);
        new TopicHandler().handle(japanese);
        assertEquals(1, japanese.notices().size());
        assertTrue(japanese.notices().get(0).contains("written in Japanese"), japanese.notices().get(0));
        assertTrue(japanese.notices().get(0).contains("this one is in Chinese"), japanese.notices().get(0));
    }

    @Test
    void chineseAndEnglishThemesNeedNoNotice() {
        for (String topic : new String[] {"臺灣高山烏龍茶 禮盒裝", "Nike® Air Zoom Pegasus 40 ✨", "百炼椰汁"}) {
            FakeStageContext ctx = new FakeStageContext(topic).on(Stage.TOPIC);
            new TopicHandler().handle(ctx);
            assertTrue(ctx.notices().isEmpty(), topic + ": " + ctx.notices());
        }
    }
}
