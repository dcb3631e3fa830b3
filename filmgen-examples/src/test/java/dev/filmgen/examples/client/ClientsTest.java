package dev.filmgen.examples.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.examples.service.FilmService;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two example clients against a running service with a scripted executor. */
class ClientsTest {
    private final List<UserMessage> seen = new CopyOnWriteArrayList<>();
    private FilmService service;

    @AfterEach
    void stop() {
        service.close();
    }

    private AgentScopeClient client(String failOn) {
        service = FilmService.builder().host("127.0.0.1").port(0).linker(a -> a.uri().toString())
                .executor((sid, msg, l) -> {
                    seen.add(msg);
                    if (msg.type().equals(failOn)) {
                        l.onEvent(new FilmEvent.StageFailed(sid, Stage.VIDEO, 1, "rate_limited", "429 after retries"));
                    }
                    if (msg.text().equals("make the whole film now")) {
                        l.onEvent(new FilmEvent.ItemDone(sid, Stage.FILM, 0, "film",
                                MediaAsset.of(URI.create("http://x.test/film.mp4"), "video/mp4"), false));
                    }
                }).build().start();
        return new AgentScopeClient(URI.create("http://127.0.0.1:" + service.port() + "/process"), null);
    }

    @Test
    void theStageWalkSendsTheTwelveStagesInOrderWithTheSameText() {
        assertTrue(StageWalkClient.walk(client("none"), "walk", "百炼椰汁", null));
        assertEquals(StageWalkClient.STAGES, seen.stream().map(UserMessage::type).toList());
        assertTrue(seen.stream().allMatch(m -> m.text().equals("百炼椰汁")));
    }

    @Test
    void theStageWalkStopsAtTheFirstFailedStage() {
        assertFalse(StageWalkClient.walk(client("Video"), "walk", "百炼椰汁", null));
        assertEquals("Video", seen.get(seen.size() - 1).type());
        assertEquals(9, seen.size());
    }

    @Test
    void theFilmClientReturnsTheFilmUrl() {
        assertEquals("http://x.test/film.mp4", FilmClient.makeFilm(client("none"), "one", "coconut water", null));
        assertEquals(List.of("Topic", "message"), seen.stream().map(UserMessage::type).toList());
    }
}
