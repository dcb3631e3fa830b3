package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.StorageFullException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.FullDiskStorage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A full disk ends a stage with {@code storage_full} and words a client may read; the server keeps the details. */
class ClientSafeFailureTest {

    @Test
    void aFullDiskFailsTheClipsWithStorageFullAndAMessageNamingTheRequestWithoutPaths() {
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(new FakeModels()).storage(new FullDiskStorage(Stage.VIDEO)).build()) {
            TurnResult r = agent.generate("full", Topic.of("lamp"), events::add);

            List<FilmEvent.StageFailed> failed = events.stream().filter(e -> e instanceof FilmEvent.StageFailed)
                    .map(e -> (FilmEvent.StageFailed) e).toList();
            assertEquals(4, failed.size(), "every clip failed");
            for (FilmEvent.StageFailed f : failed) {
                assertEquals("storage_full", f.code());
                assertTrue(f.message().endsWith("failed: the server's storage is full; what was made before is kept, "
                        + "try again later (request " + r.failures().get(0).getMessage().replaceAll(".*\\(request ([^)]+)\\)$", "$1")
                        + ")"), f.message());
            }
            assertFalse(r.reply().contains("/srv"), r.reply());
            assertFalse(r.ok());
            assertInstanceOf(StorageFullException.class, r.failures().get(0).getCause(),
                    "the host still gets the whole cause");
            assertTrue(r.failures().get(0).getCause().getMessage().contains("No space left on device"));
            assertEquals(4, r.session().firstFrames().size(), "what was made before is kept");
        }
    }

    @Test
    void withoutACallersRequestIdTheTurnMakesOneUpAndNamesIt() {
        List<FilmEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (FilmAgent agent = Agents.builder(new FakeModels()).storage(new FullDiskStorage(Stage.VIDEO)).build()) {
            agent.generate("full2", Topic.of("lamp"), events::add);
            FilmEvent.StageFailed f = events.stream().filter(e -> e instanceof FilmEvent.StageFailed)
                    .map(e -> (FilmEvent.StageFailed) e).findFirst().orElseThrow();
            assertTrue(f.message().matches(".*\\(request turn-[0-9a-f]+\\)"), f.message());
        }
    }
}
