package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.Intent;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EditAndReuseTest {

    private static TurnResult afterFilm(FakeModels models, FilmAgent agent, Intent edit) {
        agent.generate("e", Topic.of("a red kettle"), null);
        return agent.run("e", edit, null);
    }

    @Test
    void aRoleClothesEditRepaintsOnlyThatRolesPicturesAndClips() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = afterFilm(models, agent,
                    new Intent.Edit(Intent.Target.ROLE, -1, "Ann", "clothes", "a blue apron", null));
            assertTrue(r.ok(), r.reply());
            // Ann is on boards 1 and 3 (indexes 0 and 2): one portrait, two first frames, two clips
            assertEquals(3, r.calls().made(CallKind.IMAGE));
            assertEquals(3, r.calls().reused(CallKind.IMAGE));
            assertEquals(2, r.calls().made(CallKind.VIDEO));
            assertEquals(2, r.calls().reused(CallKind.VIDEO));
            assertEquals(0, r.calls().made(CallKind.TEXT) + r.calls().made(CallKind.SPEECH));
            assertEquals(1, r.calls().made(CallKind.COMPOSE));
            assertEquals("a blue apron", r.session().roles().get(0).clothes());
            assertTrue(r.reply().contains("Ann's clothes changed"), r.reply());
        }
    }

    @Test
    void aStyleInstructionOnOneFrameRepaintsThatFrameAndItsClip() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = afterFilm(models, agent,
                    new Intent.Edit(Intent.Target.FRAME, 3, null, "style", null, "brighter"));
            assertTrue(r.ok(), r.reply());
            assertTrue(r.session().frames().get(3).text().endsWith("; brighter"), r.session().frames().get(3).text());
            assertEquals(1, r.calls().made(CallKind.IMAGE));
            assertEquals(1, r.calls().made(CallKind.VIDEO));
            assertEquals(0, r.calls().made(CallKind.TEXT));
            assertEquals(EnumSet.allOf(Stage.class), r.session().completed());
        }
    }

    @Test
    void aCameraEditRemakesOneClipAndAVoiceEditOneVoice() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult cam = afterFilm(models, agent,
                    new Intent.Edit(Intent.Target.CAMERA, 0, null, "text", "orbit left", null));
            assertEquals(1, cam.calls().made(CallKind.VIDEO));
            assertEquals(0, cam.calls().made(CallKind.IMAGE) + cam.calls().made(CallKind.SPEECH));

            TurnResult voice = agent.run("e", new Intent.Edit(Intent.Target.LINE, 2, null, "voice", "Dylan", null),
                    null);
            assertEquals(1, voice.calls().made(CallKind.SPEECH));
            assertEquals(0, voice.calls().made(CallKind.VIDEO));
            assertEquals(1, voice.calls().made(CallKind.COMPOSE));
        }
    }

    @Test
    void regenerateBypassesReuseForTheNamedItemOnly() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.generate("e", Topic.of("a red kettle"), null);
            String before = agent.session("e").orElseThrow().clips().get(1).storageKey();

            TurnResult r = agent.run("e", new Intent.Regenerate(Stage.VIDEO, 1), null);

            assertTrue(r.ok(), r.reply());
            assertEquals(1, r.calls().made(CallKind.VIDEO));
            assertEquals(3, r.calls().reused(CallKind.VIDEO));
            assertEquals(1, r.calls().made(CallKind.COMPOSE));
            assertNotEquals(before, r.session().clips().get(1).storageKey());
        }
    }

    @Test
    void runningAStageClearsItAndWhatDependsOnIt() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.generate("e", Topic.of("a red kettle"), null);
            TurnResult r = agent.run("e", new Intent.RunStage(Stage.LINE), null);
            assertTrue(r.session().completed().contains(Stage.LINE));
            assertTrue(r.session().completed().contains(Stage.VIDEO), "the picture branch does not read lines");
            assertTrue(r.session().voices().isEmpty());
            assertTrue(r.session().film() == null);
            assertEquals(1, r.calls().reused(CallKind.TEXT), "the same Line request is reused");
            assertTrue(r.reply().contains("cleared [Audio, Film]"), r.reply());

            TurnResult next = agent.run("e", new Intent.Next(), null);
            assertEquals(EnumSet.of(Stage.AUDIO), EnumSet.copyOf(next.timings().keySet()));
        }
    }

    @Test
    void editsOfMissingThingsSayWhatIsMissing() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.generate("e", Topic.of("a red kettle"), null);
            InvalidInputException a = assertThrows(InvalidInputException.class, () -> agent.run("e",
                    new Intent.Edit(Intent.Target.BOARD, 9, null, "narration", "x", null), null));
            assertTrue(a.getMessage().contains("board 10 does not exist: there are 4"), a.getMessage());
            InvalidInputException b = assertThrows(InvalidInputException.class, () -> agent.run("e",
                    new Intent.Edit(Intent.Target.ROLE, -1, "Zed", "clothes", "x", null), null));
            assertTrue(b.getMessage().contains("no role named 'Zed'"), b.getMessage());
            InvalidInputException c = assertThrows(InvalidInputException.class, () -> agent.run("e",
                    new Intent.Edit(Intent.Target.BOARD, 0, null, "colour", "x", null), null));
            assertTrue(c.getMessage().contains("no field 'colour'"), c.getMessage());
        }
    }

    @Test
    void aVoiceEditForTheNarratorChangesEveryNarratorLineAndRemakesOnlyAudioAndFilm() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = afterFilm(models, agent,
                    new Intent.Edit(Intent.Target.LINE, -1, "旁白", "voice", "Dylan", "use voice Dylan for the narrator"));
            assertTrue(r.ok(), r.reply());
            assertTrue(r.session().lines().stream().allMatch(l -> l.voice().equals("Dylan")),
                    r.session().lines().toString());
            assertEquals(4, r.calls().made(CallKind.SPEECH));
            assertEquals(0, r.calls().made(CallKind.IMAGE) + r.calls().made(CallKind.VIDEO)
                    + r.calls().made(CallKind.TEXT));
            assertEquals(1, r.calls().made(CallKind.COMPOSE));
            assertTrue(r.reply().contains("line of 旁白 (4) gets voice Dylan"), r.reply());

            TurnResult again = agent.run("e", new Intent.Edit(Intent.Target.LINE, -1, null, "voice", "Dylan", null),
                    null);
            assertEquals(0, again.calls().made(CallKind.SPEECH), "unchanged voices are reused");
            assertEquals(4, again.calls().reused(CallKind.SPEECH));
        }
    }

    @Test
    void aSpeakerWideEditNamingNoSpeakerOrAWrongFieldSaysWhy() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            agent.generate("e", Topic.of("a red kettle"), null);
            InvalidInputException a = assertThrows(InvalidInputException.class, () -> agent.run("e",
                    new Intent.Edit(Intent.Target.LINE, -1, "Zed", "voice", "Cherry", null), null));
            assertTrue(a.getMessage().contains("no line is spoken by 'Zed'; speakers are [narrator]"), a.getMessage());
            InvalidInputException b = assertThrows(InvalidInputException.class, () -> agent.run("e",
                    new Intent.Edit(Intent.Target.LINE, -1, "narrator", "text", "hello", null), null));
            assertTrue(b.getMessage().contains("can change only voice or speaker"), b.getMessage());
        }
    }
    @Test
    void resumingAFilmCountsWhatFinishedStagesKeepAsReused() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult first = agent.generate("r", Topic.of("a red kettle"), null);
            assertTrue(first.ok(), first.reply());
            // the film was lost (a crash while composing): every stage but the film is finished
            agent.run("r", new Intent.RunStage(Stage.AUDIO), null);

            TurnResult resumed = agent.run("r", new Intent.MakeFilm(), null);

            assertTrue(resumed.ok(), resumed.reply());
            assertEquals(1, resumed.calls().totalMade(), "only the composition is made again");
            assertEquals(1, resumed.calls().made(CallKind.COMPOSE));
            for (CallKind kind : CallKind.values()) {
                if (kind != CallKind.COMPOSE) {
                    assertEquals(first.calls().made(kind), resumed.calls().reused(kind), kind.toString());
                }
            }
            assertTrue(resumed.calls().totalReused() > 10, resumed.calls().toString());
            assertTrue(resumed.reply().contains("earlier results reused: " + resumed.calls().totalReused()),
                    resumed.reply());
        }
    }
}
