package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.session.FilmSession;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.MemoryStorage;
import dev.filmgen.testing.PhotoServer;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.media.PixelBudget;
import dev.filmgen.testing.BombPng;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user's http(s) product photo goes through the agent's remote media policy before it is stored. */
class ProductPhotoIntakeTest {
    private PhotoServer server;
    private final FakeModels models = new FakeModels();
    private final MemoryStorage storage = new MemoryStorage();

    @BeforeEach
    void serve() throws Exception {
        server = new PhotoServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLoopbackPhotoIsRefusedByDefaultAndNeverContacted() {
        String url = server.base() + "/photo.png";
        try (FilmAgent agent = Agents.builder(models).storage(storage).build()) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> agent.chat("s", new UserMessage("a red kettle", "Topic", url + "?token=secret"), null));
            assertTrue(e.getMessage().contains("product photo " + url), e.getMessage());
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
            assertFalse(e.getMessage().contains("secret"), "the query string leaked: " + e.getMessage());

            MediaAsset viaTopic = MediaAsset.of(URI.create("http://localhost:" + server.port() + "/photo.png"),
                    "image/png");
            InvalidInputException t = assertThrows(InvalidInputException.class,
                    () -> agent.generate("g", new Topic("a red kettle", viaTopic), null));
            assertTrue(t.getMessage().contains("loopback"), t.getMessage());
            assertNull(agent.session("s").map(FilmSession::topic).orElse(null), "a refused topic was stored");
            assertNull(agent.session("g").map(FilmSession::topic).orElse(null), "a refused topic was stored");
        }
        assertEquals(0, server.hits(), "the refused address received requests");
        assertEquals(0, storage.size());
        assertTrue(models.calls().isEmpty(), "a model was called for a refused photo");
    }

    @Test
    void aHostThatAllowsPrivateAddressesGetsThePhotoStored() {
        RemoteMediaPolicy lan = RemoteMediaPolicy.builder().allowPrivateHosts(true).build();
        try (FilmAgent agent = Agents.builder(models).storage(storage).remoteMediaPolicy(lan).build()) {
            TurnResult r = agent.chat("s", new UserMessage("a red kettle", "Topic", server.base() + "/photo.png"),
                    null);
            MediaAsset photo = r.session().topic().productImage();
            assertEquals("image/png", photo.mediaType());
            assertTrue(photo.storageKey().startsWith("s/topic/product-photo-"), photo.storageKey());
            assertTrue(photo.storageKey().endsWith(".png"), photo.storageKey());
            assertEquals(PhotoServer.PNG.length, photo.sizeBytes());
            assertArrayEquals(PhotoServer.PNG, storage.bytes(photo.storageKey()));
            assertEquals(photo, r.session().productImage());
            assertEquals(1, server.hits("/photo.png"));

            InvalidInputException fake = assertThrows(InvalidInputException.class,
                    () -> agent.chat("s", new UserMessage("a blue kettle", "Topic", server.base() + "/fake.png"), null));
            assertTrue(fake.getMessage().contains("product photo " + server.base() + "/fake.png was refused"),
                    fake.getMessage());
            assertEquals("a red kettle", agent.session("s").orElseThrow().topic().text(), "the old topic was lost");
        }
    }

    @Test
    void theBuildersSizeLimitApplies() {
        RemoteMediaPolicy tiny = RemoteMediaPolicy.builder().allowPrivateHosts(true).maxBytes(16).build();
        try (FilmAgent agent = Agents.builder(models).storage(storage).remoteMediaPolicy(tiny).build()) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> agent.chat("s", new UserMessage("kettle", "Topic", server.base() + "/photo.png"), null));
            assertTrue(e.getMessage().contains("limit"), e.getMessage());
        }
        assertEquals(0, storage.size());
    }

    @Test
    void aDecompressionBombPhotoFailsTheTurnWithInvalidInputBeforeAnythingIsPaidOrStored(@TempDir Path dir)
            throws Exception {
        Path bomb = BombPng.write(dir.resolve("bomb.png"), 25_000, 25_000);
        try (FilmAgent agent = Agents.builder(models).storage(storage).build()) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> agent.chat("b",
                    new UserMessage("a red kettle", "Topic", bomb.toUri().toString()), null));
            assertEquals("invalid_input", ErrorCodes.of(e));
            assertTrue(e.getMessage().contains("25000×25000 pixels") && e.getMessage().contains("at most 40.0"),
                    e.getMessage());
            assertNull(agent.session("b").map(FilmSession::topic).orElse(null));
        }
        assertEquals(0, storage.size());
        assertTrue(models.calls().isEmpty());
    }

    @Test
    void aLocalPhotoIsCheckedAndStoredWithTheSessionSoItsFileMayGo(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("kettle.png"), PhotoServer.PNG);
        try (FilmAgent agent = Agents.builder(models).storage(storage).pixelBudget(PixelBudget.of(1_000_000)).build()) {
            TurnResult r = agent.chat("f", new UserMessage("a red kettle", "Topic", file.toUri().toString()), null);
            MediaAsset photo = r.session().topic().productImage();
            assertTrue(photo.storageKey().startsWith("f/topic/product-photo-"), photo.storageKey());
            assertArrayEquals(PhotoServer.PNG, storage.bytes(photo.storageKey()));
            Files.delete(file);
            assertTrue(agent.chat("f", UserMessage.of("make the film"), null).ok(), "the film needs no user file");
        }
    }
}
