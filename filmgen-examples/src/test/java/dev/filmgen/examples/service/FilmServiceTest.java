package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.emit;
import static dev.filmgen.examples.service.ServiceHarness.events;
import static dev.filmgen.examples.service.ServiceHarness.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent.ItemDone;
import dev.filmgen.event.FilmEvent.Reply;
import dev.filmgen.event.FilmEvent.StageDone;
import dev.filmgen.event.FilmEvent.StageStarted;
import dev.filmgen.event.FilmEvent.TextDelta;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FilmServiceTest {
    private ServiceHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    static MediaAsset asset(String key, String type) {
        return MediaAsset.of(URI.create("file:///s/" + key), type).withStorage(key, URI.create("file:///s/" + key), 1);
    }

    @Test
    void aTextStageStreamsTheRuntimeEventSequenceExactly() throws Exception {
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> emit(l,
                new StageStarted(sid, Stage.SCRIPT, 1), new TextDelta(sid, Stage.SCRIPT, "百炼"),
                new TextDelta(sid, Stage.SCRIPT, "椰汁"), new StageDone(sid, Stage.SCRIPT, "百炼椰汁", 5)));
        HttpResponse<String> res = h.post(request("demo", "Script", "百炼椰汁"), null);
        assertEquals(200, res.statusCode());
        assertEquals("text/event-stream; charset=utf-8", res.headers().firstValue("content-type").orElse(""));
        assertEquals("no-cache", res.headers().firstValue("cache-control").orElse(""));
        String msg = "{\"sequence_number\":4,\"object\":\"message\",\"status\":\"completed\",\"error\":null,\"id\":\"msg_2\","
                + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"sequence_number\":null,\"object\":\"content\","
                + "\"status\":\"in_progress\",\"error\":null,\"type\":\"text\",\"index\":null,\"delta\":null,\"msg_id\":null,"
                + "\"text\":\"百炼椰汁\"}],\"code\":null,\"message\":null,\"usage\":null}";
        String head = "{\"sequence_number\":null,\"object\":\"response\",\"status\":\"%s\",\"error\":null,\"id\":\"response_1\","
                + "\"created_at\":1761701161,\"completed_at\":null,\"output\":null,\"usage\":null,\"session_id\":null}";
        String content = "{\"sequence_number\":%d,\"object\":\"content\",\"status\":\"%s\",\"error\":null,\"type\":\"text\","
                + "\"index\":0,\"delta\":%s,\"msg_id\":\"msg_2\",\"text\":\"%s\"}";
        String expected = String.join("", List.of(
                "data: " + String.format(head, "created") + "\n\n",
                "data: " + String.format(head, "in_progress") + "\n\n",
                "data: {\"sequence_number\":0,\"object\":\"message\",\"status\":\"in_progress\",\"error\":null,\"id\":\"msg_2\","
                        + "\"type\":\"message\",\"role\":\"assistant\",\"content\":null,\"code\":null,\"message\":null,"
                        + "\"usage\":null}\n\n",
                "data: " + String.format(content, 1, "in_progress", "true", "百炼") + "\n\n",
                "data: " + String.format(content, 2, "in_progress", "true", "椰汁") + "\n\n",
                "data: " + String.format(content, 3, "completed", "false", "百炼椰汁") + "\n\n",
                "data: " + msg + "\n\n",
                "data: {\"sequence_number\":5,\"object\":\"response\",\"status\":\"completed\",\"error\":null,"
                        + "\"id\":\"response_1\",\"created_at\":1761701161,\"completed_at\":1761701161,\"output\":[" + msg + "],"
                        + "\"usage\":null,\"session_id\":\"demo\"}\n\n"));
        assertEquals(expected, res.body());
        assertEquals(List.of(new ServiceHarness.Call("demo", new UserMessage("百炼椰汁", "Script", null))), h.calls);
    }

    @Test
    void anImageStageSendsOneMessagePerPictureAndListsThemAllInTheResponse() throws Exception {
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> emit(l,
                new StageStarted(sid, Stage.FIRST_FRAME_IMAGE, 2),
                new ItemDone(sid, Stage.FIRST_FRAME_IMAGE, 1, "board 2", asset("demo/ffi/2.png", "image/png"), false),
                new ItemDone(sid, Stage.FIRST_FRAME_IMAGE, 0, "board 1", asset("demo/ffi/1.png", "image/png"), false),
                new StageDone(sid, Stage.FIRST_FRAME_IMAGE, null, 5)));
        List<JsonNode> ev = events(h.post(request("demo", "FirstFrameImage", "x"), null).body());
        assertEquals(5, ev.size());
        for (int i : new int[] {2, 3}) {
            JsonNode m = ev.get(i);
            assertEquals(i - 2, m.get("sequence_number").asInt());
            assertEquals("message", m.get("object").asText());
            assertEquals("completed", m.get("status").asText());
            JsonNode c = m.get("content").get(0);
            assertEquals("image", c.get("type").asText());
            assertEquals(m.get("id").asText(), c.get("msg_id").asText());
            assertEquals(3 - i, c.get("index").asInt());
            assertEquals("http://files.test/demo/ffi/" + (4 - i) + ".png", c.get("image_url").asText());
        }
        JsonNode last = ev.get(4);
        assertEquals("completed", last.get("status").asText());
        assertEquals(2, last.get("sequence_number").asInt());
        assertEquals(List.of(ev.get(2), ev.get(3)), List.of(last.get("output").get(0), last.get("output").get(1)));
    }

    @Test
    void theFilmStageAnswersWithTheVideoUrlDataContent() throws Exception {
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> emit(l,
                new StageStarted(sid, Stage.FILM, 1),
                new ItemDone(sid, Stage.FILM, 0, "film", asset("demo/film/film.mp4", "video/mp4"), false),
                new StageDone(sid, Stage.FILM, null, 5), new Reply(sid, "The film is ready.")));
        List<JsonNode> ev = events(h.post(request("demo", "Film", "x"), null).body());
        assertEquals(5, ev.size());
        assertEquals("{\"sequence_number\":null,\"object\":\"content\",\"status\":\"completed\",\"error\":null,\"type\":\"data\","
                + "\"index\":0,\"delta\":false,\"msg_id\":\"msg_2\",\"data\":{\"video_url\":\"http://files.test/demo/film/film.mp4\"}}",
                ev.get(2).get("content").get(0).toString());
        assertEquals("The film is ready.", ev.get(3).get("content").get(0).get("text").asText());
        assertEquals("completed", ev.get(4).get("status").asText());
        assertEquals(2, ev.get(4).get("output").size());
    }

    @Test
    void aFailingTurnEndsWithAFailedResponseAndKeepsWhatWasStreamed() throws Exception {
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> {
            emit(l, new StageStarted(sid, Stage.VIDEO, 2),
                    new ItemDone(sid, Stage.VIDEO, 0, "board 1", asset("demo/v/1.mp4", "video/mp4"), false));
            throw new StageFailedException(Stage.VIDEO, 1, "task FAILED: InternalError", null);
        });
        List<JsonNode> ev = events(h.post(request("demo", "Video", "x"), null).body());
        JsonNode last = ev.get(ev.size() - 1);
        assertEquals("failed", last.get("status").asText());
        assertEquals("stage_failed", last.get("error").get("code").asText());
        assertEquals("Video board 2 failed: task FAILED: InternalError", last.get("error").get("message").asText());
        assertEquals(ev.get(2), last.get("output").get(0));
    }

    @Test
    void healthAndRootAnswerLikeTheRuntime() throws Exception {
        h = new ServiceHarness(b -> { });
        assertEquals("{\"status\":\"healthy\",\"mode\":\"daemon_thread\",\"runner\":\"ready\"}", h.get("/health").body());
        assertEquals("{\"service\":\"AgentScope Runtime\",\"mode\":\"daemon_thread\",\"endpoints\":{\"process\":\"/process\","
                + "\"stream\":\"/process/stream\",\"health\":\"/health\"}}", h.get("/").body());
        assertEquals(404, h.get("/nope").statusCode());
        assertEquals(405, h.get("/process").statusCode());
        assertTrue(h.calls.isEmpty());
    }
}
