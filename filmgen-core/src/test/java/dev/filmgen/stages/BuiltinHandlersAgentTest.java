package dev.filmgen.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.CallKind;
import dev.filmgen.domain.Topic;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Intent;
import dev.filmgen.model.ModelSet;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.ContractTextModel;
import dev.filmgen.testing.FakeModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in handlers under the real runner, with a text model that answers the documented contract. */
class BuiltinHandlersAgentTest {

    private static FilmAgent agent(FakeModels models) {
        return Agents.builder(models)
                .models(new ModelSet(new ContractTextModel(), models.image(), models.video(), models.speech(), null))
                .handlers(BuiltinHandlers.all())
                .build();
    }

    @Test
    void makesAChineseFilmWithOneStageDonePerStage() {
        FakeModels models = new FakeModels();
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = agent(models)) {
            TurnResult r = agent.generate("s1", Topic.of("一款保温杯"), events::add);

            assertTrue(r.ok(), r.reply());
            assertEquals(EnumSet.allOf(Stage.class), r.session().completed());
            assertEquals(4, r.session().boards().size());
            assertEquals(4, r.session().voices().size());
            assertNotNull(r.session().film());
            assertEquals("小米", r.session().roles().get(0).name());
            assertEquals(6, r.calls().made(CallKind.TEXT), "no repair was needed");
            assertEquals(1 + 1 + 4, r.calls().made(CallKind.IMAGE), "product, one portrait, four frames");
            Map<Stage, Long> done = events.stream().filter(e -> e instanceof FilmEvent.StageDone)
                    .collect(Collectors.groupingBy(e -> ((FilmEvent.StageDone) e).stage(), Collectors.counting()));
            done.forEach((stage, n) -> assertEquals(1L, n, stage + " reported done " + n + " times"));
        }
    }

    @Test
    void editingOneNarrationReusesEveryTextAndPictureCall() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = agent(models)) {
            assertTrue(agent.generate("s1", Topic.of("a thermos bottle"), null).ok());
            long text = models.count(CallKind.TEXT);

            TurnResult r = agent.run("s1", new Intent.Edit(Intent.Target.BOARD, 1, null, "narration",
                    "Hot tea at five pm.", null), null);

            assertTrue(r.ok(), r.reply());
            assertEquals(text, models.count(CallKind.TEXT));
            assertEquals(1, r.calls().made(CallKind.SPEECH));
            assertEquals(0, r.calls().made(CallKind.IMAGE) + r.calls().made(CallKind.VIDEO));
            assertEquals("Hot tea at five pm.", r.session().lines().get(1).text());
        }
    }
}
