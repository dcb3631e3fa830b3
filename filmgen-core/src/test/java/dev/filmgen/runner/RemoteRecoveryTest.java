package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.CallKind;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.ContentRejectedException;
import dev.filmgen.error.TaskFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the runner recovers from on its own: a remote task failed on the provider's side, a prompt moderation refused. */
class RemoteRecoveryTest {

    private static List<String> notices(List<FilmEvent> events) {
        return events.stream().filter(e -> e instanceof FilmEvent.Notice).map(e -> ((FilmEvent.Notice) e).message())
                .toList();
    }

    @Test
    void aTaskThatFailedOnTheProvidersSideIsSubmittedOnceMoreWithANotice() {
        FakeModels models = new FakeModels();
        AtomicInteger tries = new AtomicInteger();
        models.hook("clip:1", (purpose, journal) -> {
            journal.submitted("task-" + tries.incrementAndGet());
            if (tries.get() == 1) {
                throw new TaskFailedException("task-1 FAILED: InternalError.Timeout", "InternalError.Timeout", "task-1",
                        "req-1");
            }
        });
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).build()) {
            TurnResult r = agent.generate("t", Topic.of("kettle"), events::add);
            assertTrue(r.ok(), r.reply());
        }
        assertEquals(2, tries.get(), "one resubmission");
        assertTrue(notices(events).stream().anyMatch(n -> n.contains("task-1") && n.contains("InternalError.Timeout")
                && n.contains("submitted once more")), notices(events).toString());
    }

    @Test
    void aTaskThatFailsAgainFailsItsBoardOnlyAfterOneResubmission() {
        FakeModels models = new FakeModels();
        AtomicInteger tries = new AtomicInteger();
        models.hook("clip:1", (purpose, journal) -> {
            journal.submitted("task-" + tries.incrementAndGet());
            throw new TaskFailedException("FAILED: InternalError", "InternalError", "task-" + tries.get(), null);
        });
        TurnResult r;
        try (FilmAgent agent = Agents.builder(models).build()) {
            r = agent.generate("t", Topic.of("kettle"), null);
        }
        assertFalse(r.ok());
        assertEquals(2, tries.get(), "submitted twice in all, never more");
        assertTrue(r.failures().stream().anyMatch(f -> f.stage() == Stage.VIDEO && f.getMessage().contains("InternalError")),
                r.reply());
        assertFalse(r.session().tasks().values().stream().anyMatch(t -> "task-2".equals(t.remoteTaskId())),
                "a failed task is not left in the journal to be polled by the next turn");
    }

    /** Pictures whose prompt starts "frame of" are refused, as a strict content check might. */
    private static final class StrictPictures implements ImageModel {
        final ImageModel fake;
        final List<String> prompts = Collections.synchronizedList(new ArrayList<>());

        StrictPictures(ImageModel fake) {
            this.fake = fake;
        }

        @Override
        public MediaAsset generate(ImageRequest r, TaskJournal journal) {
            prompts.add(r.purpose() + "=" + r.prompt());
            if (r.purpose().equals("frame:1") && r.prompt().contains("frame of")) {
                throw new ContentRejectedException("FAILED: DataInspectionFailed", "DataInspectionFailed", "req", null);
            }
            return fake.generate(r, journal);
        }
    }

    @Test
    void aRefusedPromptIsRewrittenOnceByTheTextModelAndMadeAgain() {
        FakeModels models = new FakeModels();
        StrictPictures pictures = new StrictPictures(models.image());
        TextModel text = (req, deltas) -> req.purpose().startsWith("moderation:")
                ? new TextResponse("Prompt: \"a calm kitchen with the kettle\"", Usage.NONE)
                : models.text().chat(req, deltas);
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(models).imageModel(pictures).textModel(text).build()) {
            TurnResult r = agent.generate("m", Topic.of("kettle"), events::add);
            assertTrue(r.ok(), r.reply());
        }
        assertTrue(pictures.prompts.contains("frame:1=a calm kitchen with the kettle"), pictures.prompts.toString());
        assertTrue(notices(events).stream().anyMatch(n -> n.contains("DataInspectionFailed") && n.contains("rewritten")),
                notices(events).toString());
        assertEquals(0, events.stream().filter(e -> e instanceof FilmEvent.TextDelta
                && ((FilmEvent.TextDelta) e).stage() == Stage.FIRST_FRAME_IMAGE).count(), "no stray text in the stream");
    }

    @Test
    void aPromptRefusedAgainAfterItsRewriteFailsTheBoardNamingBoardAndReason() {
        FakeModels models = new FakeModels();
        StrictPictures pictures = new StrictPictures(models.image());
        TextModel text = (req, deltas) -> req.purpose().startsWith("moderation:")
                ? new TextResponse("frame of a kettle, softer", Usage.NONE) : models.text().chat(req, deltas);
        TurnResult r;
        try (FilmAgent agent = Agents.builder(models).imageModel(pictures).textModel(text).build()) {
            r = agent.generate("m", Topic.of("kettle"), null);
        }
        assertFalse(r.ok());
        assertEquals(2, pictures.prompts.stream().filter(p -> p.startsWith("frame:1=")).count(), "one rewrite only");
        assertTrue(r.failures().stream().anyMatch(f -> f.stage() == Stage.FIRST_FRAME_IMAGE
                && f.getMessage().contains("board 1's first frame") && f.getMessage().contains("DataInspectionFailed")
                && f.getMessage().contains("rewritten once")), r.reply());
        assertEquals(0, models.count(CallKind.VIDEO) - models.calls(CallKind.VIDEO).stream()
                .filter(c -> !c.purpose().equals("clip:1")).count(), "board 1's clip never ran");
    }
}
