package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.model.VideoModel;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.MemoryStorage;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void aNewAgentOnTheSameFolderContinuesTheSession() {
        MemoryStorage storage = new MemoryStorage();
        FakeModels models = new FakeModels();
        FilmSession made;
        try (FilmAgent first = Agents.builder(models).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            made = first.generate("persist", Topic.of("a red kettle"), null).session();
        }
        try (FilmAgent second = Agents.builder(models).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            FilmSession loaded = second.session("persist").orElseThrow();
            assertEquals(made, loaded);

            TurnResult r = second.run("persist", new Intent.Edit(Intent.Target.LINE, 0, null, "voice", "Ethan", null),
                    null);
            assertTrue(r.ok(), r.reply());
            assertEquals(1, r.calls().made(CallKind.SPEECH));
            assertEquals(3, r.calls().reused(CallKind.SPEECH));
            assertEquals(0, r.calls().made(CallKind.VIDEO));
            assertEquals("Ethan", r.session().lines().get(0).voice());
        }
    }

    /** A clip model that journals a remote task id, then "dies" the first time for board 1. */
    private static final class JournalingVideo implements VideoModel {
        final List<String> submissions = Collections.synchronizedList(new ArrayList<>());
        final List<String> resumed = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean crash = new AtomicBoolean(true);
        final AtomicInteger ids = new AtomicInteger();

        @Override
        public MediaAsset generate(dev.filmgen.model.VideoRequest req, dev.filmgen.model.TaskJournal journal) {
            String id = journal.pendingTaskId().orElse(null);
            if (id != null) {
                resumed.add(id);
            } else {
                id = "task-" + ids.incrementAndGet() + "-" + req.purpose();
                submissions.add(id);
                journal.submitted(id);
                if (req.purpose().equals("clip:0") && crash.getAndSet(false)) {
                    throw new NonRetriableException("process killed while polling " + id);
                }
            }
            return MediaAsset.of(URI.create("data:video/mp4;base64,AAAA"), "video/mp4");
        }
    }

    @Test
    void aRestartResumesThePendingClipInsteadOfPayingAgain() {
        MemoryStorage storage = new MemoryStorage();
        FakeModels models = new FakeModels();
        JournalingVideo video = new JournalingVideo();
        try (FilmAgent first = Agents.builder(models).videoModel(video).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            TurnResult r = first.generate("resume", Topic.of("lamp"), null);
            assertFalse(r.ok());
            assertEquals(4, video.submissions.size());
        }
        FilmSession saved = FileSessionStore.of(dir).load("resume").orElseThrow();
        String pending = saved.tasks().values().stream().filter(t -> t.status() == TaskRecord.Status.SUBMITTED)
                .map(TaskRecord::remoteTaskId).findFirst().orElseThrow();
        assertTrue(pending.endsWith("clip:0"), pending);

        try (FilmAgent second = Agents.builder(models).videoModel(video).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            TurnResult r = second.chat("resume", UserMessage.of("finish it"), null);
            assertTrue(r.ok(), r.reply());
            assertEquals(List.of(pending), video.resumed);
            assertEquals(4, video.submissions.size(), "no clip was submitted twice");
            assertTrue(r.session().completed().contains(Stage.FILM));
        }
    }

    /** A clip model whose provider has forgotten every task submitted by an earlier process. */
    private static final class ExpiringVideo implements VideoModel {
        final JournalingVideo inner;
        final List<String> expired = Collections.synchronizedList(new ArrayList<>());

        ExpiringVideo(JournalingVideo inner) {
            this.inner = inner;
        }

        @Override
        public MediaAsset generate(dev.filmgen.model.VideoRequest req, dev.filmgen.model.TaskJournal journal) {
            String id = journal.pendingTaskId().orElse(null);
            if (id != null) {
                expired.add(id);
                throw new ProviderRejectedException("task " + id + " is unknown or expired", "TaskExpired", "req-1",
                        null);
            }
            return inner.generate(req, journal);
        }
    }

    @Test
    void anExpiredPendingClipIsForgottenAndSubmittedOnceMoreWithANotice() {
        MemoryStorage storage = new MemoryStorage();
        FakeModels models = new FakeModels();
        JournalingVideo video = new JournalingVideo();
        try (FilmAgent first = Agents.builder(models).videoModel(video).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            assertFalse(first.generate("expire", Topic.of("lamp"), null).ok());
        }
        String pending = FileSessionStore.of(dir).load("expire").orElseThrow().tasks().values().stream()
                .filter(t -> t.status() == TaskRecord.Status.SUBMITTED).map(TaskRecord::remoteTaskId)
                .findFirst().orElseThrow();

        ExpiringVideo expiring = new ExpiringVideo(video);
        List<String> notices = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent second = Agents.builder(models).videoModel(expiring).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            TurnResult r = second.chat("expire", UserMessage.of("finish it"), e -> {
                if (e instanceof FilmEvent.Notice) {
                    notices.add(((FilmEvent.Notice) e).message());
                }
            });
            assertTrue(r.ok(), r.reply());
            assertEquals(List.of(pending), expiring.expired, "the dead id is asked about once, not forever");
            assertEquals(5, video.submissions.size(), "exactly one new submission");
            assertTrue(video.submissions.get(4).endsWith("clip:0"), video.submissions.toString());
            assertTrue(notices.stream().anyMatch(n -> n.contains(pending) && n.contains("new paid call")),
                    notices.toString());
            assertTrue(r.session().completed().contains(Stage.FILM));
            assertTrue(r.session().tasks().values().stream().noneMatch(t -> t.status() == TaskRecord.Status.SUBMITTED),
                    r.session().tasks().toString());
        }
    }

    @Test
    void aRejectionOtherThanExpiryIsNotResubmitted() {
        MemoryStorage storage = new MemoryStorage();
        FakeModels models = new FakeModels();
        JournalingVideo video = new JournalingVideo();
        try (FilmAgent first = Agents.builder(models).videoModel(video).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            assertFalse(first.generate("reject", Topic.of("lamp"), null).ok());
        }
        VideoModel refusing = (req, journal) -> {
            if (journal.pendingTaskId().isPresent()) {
                throw new ProviderRejectedException("content policy", "DataInspectionFailed", "req-2", null);
            }
            return video.generate(req, journal);
        };
        try (FilmAgent second = Agents.builder(models).videoModel(refusing).storage(storage)
                .sessionStore(FileSessionStore.of(dir)).build()) {
            TurnResult r = second.chat("reject", UserMessage.of("finish it"), null);
            assertFalse(r.ok());
            assertEquals(4, video.submissions.size(), "no new paid call for a real rejection");
        }
    }

    @Test
    void badSessionIdsAreRefusedBeforeAnythingRuns() {
        FakeModels models = new FakeModels();
        try (FilmAgent agent = Agents.builder(models).sessionStore(FileSessionStore.of(dir)).build()) {
            for (String id : List.of("../escape", "a/b", "", "x".repeat(200))) {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> agent.chat(id, UserMessage.of("lamp"), null));
                assertTrue(e.getMessage().contains("session id"), e.getMessage());
            }
            assertThrows(InvalidInputException.class, () -> agent.session(".."));
            assertEquals(0, models.calls().size());
        }
    }
}
