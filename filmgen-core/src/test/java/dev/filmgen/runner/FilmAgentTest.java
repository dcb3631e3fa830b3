package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.CallKind;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.RuleClassifier;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.Turn;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilmAgentTest {

    @Test
    void makesAWholeFilmAndCountsEveryCall() {
        FakeModels models = new FakeModels();
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = agent.generate("s1", Topic.of("a red kettle"), events::add);

            assertTrue(r.ok(), r.reply());
            assertEquals(EnumSet.allOf(Stage.class), r.session().completed());
            assertEquals(4, r.session().clips().size());
            assertEquals(4, r.session().voices().size());
            assertNotNull(r.session().film());
            assertEquals(6, r.calls().made(CallKind.TEXT));
            assertEquals(2 + 4, r.calls().made(CallKind.IMAGE));
            assertEquals(4, r.calls().made(CallKind.VIDEO));
            assertEquals(4, r.calls().made(CallKind.SPEECH));
            assertEquals(1, r.calls().made(CallKind.COMPOSE));
            assertEquals(0, r.calls().totalReused());
            assertTrue(r.timings().containsKey(Stage.VIDEO));
            assertTrue(r.session().clips().get(0).storageKey().startsWith("s1/Video/"));
            assertTrue(events.stream().anyMatch(e -> e instanceof FilmEvent.Reply));
            List<FilmEvent.Progress> progress = events.stream().filter(e -> e instanceof FilmEvent.Progress)
                    .map(e -> (FilmEvent.Progress) e).toList();
            FilmEvent.Progress last = progress.get(progress.size() - 1);
            assertEquals(21, last.done(), "11 stages, 21 items in the make-the-film turn");
            assertEquals(21, last.total());
            assertEquals(1.0, last.fraction());
            assertEquals(8, events.stream().filter(e -> e instanceof FilmEvent.ItemDone
                    && ((FilmEvent.ItemDone) e).stage() == Stage.VIDEO
                    || e instanceof FilmEvent.ItemDone && ((FilmEvent.ItemDone) e).stage() == Stage.AUDIO).count());
        }
    }

    @Test
    void editingOneNarrationCostsOneSpeechCallAndOneComposition() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.generate("s1", Topic.of("a red kettle"), null);
            long textBefore = models.count(CallKind.TEXT);

            TurnResult r = agent.run("s1", new Intent.Edit(Intent.Target.BOARD, 1, null, "narration",
                    "boils in one minute", null), null);

            assertTrue(r.ok(), r.reply());
            assertEquals(1, r.calls().made(CallKind.SPEECH));
            assertEquals(3, r.calls().reused(CallKind.SPEECH));
            assertEquals(1, r.calls().made(CallKind.COMPOSE));
            assertEquals(0, r.calls().made(CallKind.IMAGE) + r.calls().made(CallKind.VIDEO));
            assertEquals(textBefore, models.count(CallKind.TEXT));
            assertEquals("boils in one minute", r.session().boards().get(1).narration());
            assertEquals("boils in one minute", r.session().lines().get(1).text());
            assertTrue(r.reply().contains("narration"), r.reply());
            assertNotNull(r.session().film());
        }
    }

    @Test
    void voicesAreMeasuredWithTheProbe() {
        FakeModels models = new FakeModels();
        List<java.nio.file.Path> probed = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).probe(file -> {
            probed.add(file);
            return new dev.filmgen.compose.MediaInfo(2.5, 10, "wav", List.of());
        }).build()) {
            TurnResult r = agent.generate("p", Topic.of("a red kettle"), null);
            assertEquals(4, probed.size());
            r.session().voices().values().forEach(v -> assertEquals(2.5, v.durationSeconds()));
            assertEquals(null, r.session().clips().get(0).durationSeconds());
        }
    }

    @Test
    void withoutAClassifierTheFirstMessageIsTheTopicAndTheNextMakesTheFilm() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult first = agent.chat("s2", UserMessage.of("tea for two"), null);
            assertTrue(first.intent() instanceof Intent.NewTopic);
            assertEquals("tea for two", first.session().topic().text());

            TurnResult second = agent.chat("s2", UserMessage.of("go"), null);
            assertTrue(second.intent() instanceof Intent.MakeFilm);
            assertNotNull(second.session().film());
            assertEquals(2, second.session().turns().size());
        }
    }

    @Test
    void turnsRecordWhatTheUserSaidNotWhatWasUnderstood() {
        try (FilmAgent agent = Agents.builder(new FakeModels()).build()) {
            agent.chat("t", UserMessage.of("tea for two"), null);
            agent.chat("t", new UserMessage("", "Script", null), null);
            agent.chat("t", new UserMessage("the storyboard please", "Storyboard", null), null);
            TurnResult last = agent.run("t", new Intent.RunStage(Stage.LINE), null);

            List<String> said = last.session().turns().stream().map(Turn::user).toList();
            assertEquals(List.of("tea for two", "Script", "the storyboard please", ""), said);
            assertTrue(last.session().turns().get(1).intent().contains("Script"));
        }
    }

    @Test
    void explicitTypesMeanTheSameWhateverTheClassifierAndTheirCase() {
        Classifier never = (m, s) -> {
            throw new AssertionError("an explicit type reached the classifier: " + m.type());
        };
        try (FilmAgent agent = Agents.builder(new FakeModels()).classifier(never).build()) {
            agent.chat("x", new UserMessage("a red kettle", "topic", null), null);

            assertEquals(new Intent.Next(), agent.chat("x", new UserMessage("", "nextstage", null), null).intent());
            assertEquals(new Intent.Repeat(), agent.chat("x", new UserMessage("", "REPEATSTAGE", null), null).intent());
            assertEquals(new Intent.RunStage(Stage.ROLE_DESCRIPTION),
                    agent.chat("x", new UserMessage("", "role_description", null), null).intent());
            InvalidInputException byAgent = assertThrows(InvalidInputException.class,
                    () -> agent.chat("x", new UserMessage("x", "Dance", null), null));
            InvalidInputException byRules = assertThrows(InvalidInputException.class,
                    () -> new RuleClassifier().classify(new UserMessage("x", "Dance", null), FilmSession.create("y",
                            java.time.Instant.EPOCH)));
            assertEquals(byRules.getMessage(), byAgent.getMessage());
        }
    }

    @Test
    void aStageAskedForBeforeItsInputsFailsWithTheMissingInputCode() {
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(new FakeModels()).build()) {
            agent.chat("m", UserMessage.of("a red kettle"), null);
            TurnResult r = agent.chat("m", new UserMessage("", "Video", null), events::add);

            assertEquals(1, r.failures().size());
            FilmEvent.StageFailed failed = (FilmEvent.StageFailed) events.stream()
                    .filter(e -> e instanceof FilmEvent.StageFailed).findFirst().orElseThrow();
            assertEquals(ErrorCodes.MISSING_INPUT, failed.code());
            assertEquals(Stage.VIDEO, failed.stage());
        }
    }
}
