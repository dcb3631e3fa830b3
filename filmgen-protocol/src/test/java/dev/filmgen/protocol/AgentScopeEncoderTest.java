package dev.filmgen.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmEvent.ItemDone;
import dev.filmgen.event.FilmEvent.StageDone;
import dev.filmgen.event.FilmEvent.StageStarted;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AgentScopeEncoderTest {
    static final long T = 1761701161L;
    static final String CREATED = "{\"sequence_number\":null,\"object\":\"response\",\"status\":\"created\",\"error\":null,"
            + "\"id\":\"response_1\",\"created_at\":1761701161,\"completed_at\":null,\"output\":null,\"usage\":null,"
            + "\"session_id\":null}";
    static final String IN_PROGRESS = CREATED.replace("\"created\"", "\"in_progress\"");

    static AgentScopeEncoder encoder() {
        AtomicInteger n = new AtomicInteger();
        return new AgentScopeEncoder("s1", a -> "https://files.test/" + a.storageKey(),
                () -> String.valueOf(n.incrementAndGet()), Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC));
    }

    static List<String> run(AgentScopeEncoder enc, boolean finish, FilmEvent... events) {
        List<String> out = new ArrayList<>();
        enc.open().forEach(e -> out.add(e.toString()));
        for (FilmEvent e : events) {
            enc.encode(e).forEach(w -> out.add(w.toString()));
        }
        if (finish) {
            out.add(enc.finish().toString());
        }
        return out;
    }

    static MediaAsset asset(String key, String type) {
        return MediaAsset.of(URI.create("file:///store/" + key), type).withStorage(key, URI.create("file:///store/" + key), 10);
    }

    @Test
    void aTextStageStreamsDeltasThenTheCompletedTextAndMessage() {
        List<String> got = run(encoder(), true,
                new StageStarted("s1", Stage.SCRIPT, 1),
                new FilmEvent.TextDelta("s1", Stage.SCRIPT, "椰香"),
                new FilmEvent.TextDelta("s1", Stage.SCRIPT, ""),
                new FilmEvent.Progress("s1", Stage.SCRIPT, 0, 1),
                new FilmEvent.TextDelta("s1", Stage.SCRIPT, " world"),
                new StageDone("s1", Stage.SCRIPT, "椰香 world", 12));
        String completedMessage = "{\"sequence_number\":4,\"object\":\"message\",\"status\":\"completed\",\"error\":null,"
                + "\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"sequence_number\":null,"
                + "\"object\":\"content\",\"status\":\"in_progress\",\"error\":null,\"type\":\"text\",\"index\":null,"
                + "\"delta\":null,\"msg_id\":null,\"text\":\"椰香 world\"}],\"code\":null,\"message\":null,\"usage\":null}";
        assertEquals(List.of(CREATED, IN_PROGRESS,
                "{\"sequence_number\":0,\"object\":\"message\",\"status\":\"in_progress\",\"error\":null,\"id\":\"msg_2\","
                        + "\"type\":\"message\",\"role\":\"assistant\",\"content\":null,\"code\":null,\"message\":null,\"usage\":null}",
                "{\"sequence_number\":1,\"object\":\"content\",\"status\":\"in_progress\",\"error\":null,\"type\":\"text\","
                        + "\"index\":0,\"delta\":true,\"msg_id\":\"msg_2\",\"text\":\"椰香\"}",
                "{\"sequence_number\":2,\"object\":\"content\",\"status\":\"in_progress\",\"error\":null,\"type\":\"text\","
                        + "\"index\":0,\"delta\":true,\"msg_id\":\"msg_2\",\"text\":\" world\"}",
                "{\"sequence_number\":3,\"object\":\"content\",\"status\":\"completed\",\"error\":null,\"type\":\"text\","
                        + "\"index\":0,\"delta\":false,\"msg_id\":\"msg_2\",\"text\":\"椰香 world\"}",
                completedMessage,
                "{\"sequence_number\":5,\"object\":\"response\",\"status\":\"completed\",\"error\":null,\"id\":\"response_1\","
                        + "\"created_at\":1761701161,\"completed_at\":1761701161,\"output\":[" + completedMessage + "],"
                        + "\"usage\":null,\"session_id\":\"s1\"}"), got);
    }

    @Test
    void anImageStageSendsOneCompletedMessagePerFinishedPicture() {
        List<String> got = run(encoder(), true,
                new StageStarted("s1", Stage.FIRST_FRAME_IMAGE, 2),
                new ItemDone("s1", Stage.FIRST_FRAME_IMAGE, 1, "board 2", asset("s1/ffi/2.png", "image/png"), false),
                new ItemDone("s1", Stage.FIRST_FRAME_IMAGE, 0, "board 1", asset("s1/ffi/1.png", "image/png"), true),
                new StageDone("s1", Stage.FIRST_FRAME_IMAGE, null, 40));
        String m1 = "{\"sequence_number\":0,\"object\":\"message\",\"status\":\"completed\",\"error\":null,\"id\":\"msg_2\","
                + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"sequence_number\":null,\"object\":\"content\","
                + "\"status\":\"completed\",\"error\":null,\"type\":\"image\",\"index\":1,\"delta\":false,\"msg_id\":\"msg_2\","
                + "\"image_url\":\"https://files.test/s1/ffi/2.png\"}],\"code\":null,\"message\":null,\"usage\":null}";
        String m2 = m1.replace("\"sequence_number\":0", "\"sequence_number\":1").replace("msg_2", "msg_3")
                .replace("\"index\":1", "\"index\":0").replace("2.png", "1.png");
        assertEquals(List.of(CREATED, IN_PROGRESS, m1, m2,
                "{\"sequence_number\":2,\"object\":\"response\",\"status\":\"completed\",\"error\":null,\"id\":\"response_1\","
                        + "\"created_at\":1761701161,\"completed_at\":1761701161,\"output\":[" + m1 + "," + m2 + "],"
                        + "\"usage\":null,\"session_id\":\"s1\"}"), got);
    }

    @Test
    void theFilmStageSendsTheVideoUrlAsDataAndTheReplyAsText() {
        List<String> got = run(encoder(), true,
                new StageStarted("s1", Stage.FILM, 1),
                new ItemDone("s1", Stage.FILM, 0, "film", asset("s1/film/film.mp4", "video/mp4"), false),
                new StageDone("s1", Stage.FILM, null, 900),
                new FilmEvent.Reply("s1", "Film composed."));
        String film = "{\"sequence_number\":0,\"object\":\"message\",\"status\":\"completed\",\"error\":null,\"id\":\"msg_2\","
                + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"sequence_number\":null,\"object\":\"content\","
                + "\"status\":\"completed\",\"error\":null,\"type\":\"data\",\"index\":0,\"delta\":false,\"msg_id\":\"msg_2\","
                + "\"data\":{\"video_url\":\"https://files.test/s1/film/film.mp4\"}}],\"code\":null,\"message\":null,\"usage\":null}";
        String reply = "{\"sequence_number\":1,\"object\":\"message\",\"status\":\"completed\",\"error\":null,\"id\":\"msg_3\","
                + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"sequence_number\":null,\"object\":\"content\","
                + "\"status\":\"completed\",\"error\":null,\"type\":\"text\",\"index\":0,\"delta\":false,\"msg_id\":\"msg_3\","
                + "\"text\":\"Film composed.\"}],\"code\":null,\"message\":null,\"usage\":null}";
        assertEquals(List.of(CREATED, IN_PROGRESS, film, reply,
                "{\"sequence_number\":2,\"object\":\"response\",\"status\":\"completed\",\"error\":null,\"id\":\"response_1\","
                        + "\"created_at\":1761701161,\"completed_at\":1761701161,\"output\":[" + film + "," + reply + "],"
                        + "\"usage\":null,\"session_id\":\"s1\"}"), got);
    }

    @Test
    void aFilmKnownOnlyByItsLinkIsSentOnceAsVideoUrl() {
        List<String> got = run(encoder(), false, new StageStarted("s1", Stage.FILM, 1),
                new StageDone("s1", Stage.FILM, "https://cdn.test/film.mp4?sig=1", 3));
        assertEquals(3, got.size());
        assertTrue(got.get(2).contains("\"data\":{\"video_url\":\"https://cdn.test/film.mp4?sig=1\"}"), got.get(2));
        List<String> both = run(encoder(), false,
                new ItemDone("s1", Stage.FILM, 0, "film", asset("s1/film/film.mp4", "video/mp4"), false),
                new StageDone("s1", Stage.FILM, "https://cdn.test/film.mp4?sig=1", 3));
        assertEquals(3, both.size());
        assertTrue(both.get(2).contains("https://files.test/s1/film/film.mp4"), both.get(2));
        assertEquals(2, run(encoder(), false, new StageDone("s1", Stage.FILM, "成片（6 秒）：https://x", 3)).size());
    }

    @Test
    void aFailedBoardEndsTheTurnFailedWithAnErrorAndKeepsWhatWasMade() {
        AgentScopeEncoder enc = encoder();
        List<String> got = run(enc, true,
                new StageStarted("s1", Stage.VIDEO, 2),
                new ItemDone("s1", Stage.VIDEO, 0, "board 1", asset("s1/video/1.mp4", "video/mp4"), false),
                new FilmEvent.StageFailed("s1", Stage.VIDEO, 1, "provider_rejected", "task FAILED: DataInspectionFailed"));
        String clip = "{\"sequence_number\":0,\"object\":\"message\",\"status\":\"completed\",\"error\":null,\"id\":\"msg_2\","
                + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"sequence_number\":null,\"object\":\"content\","
                + "\"status\":\"completed\",\"error\":null,\"type\":\"data\",\"index\":0,\"delta\":false,\"msg_id\":\"msg_2\","
                + "\"data\":{\"https://files.test/s1/video/1.mp4\":\"board 1\"}}],\"code\":null,\"message\":null,\"usage\":null}";
        assertEquals(List.of(CREATED, IN_PROGRESS, clip,
                "{\"sequence_number\":1,\"object\":\"response\",\"status\":\"failed\",\"error\":{\"code\":\"provider_rejected\","
                        + "\"message\":\"Video board 2: task FAILED: DataInspectionFailed\"},\"id\":\"response_1\","
                        + "\"created_at\":1761701161,\"completed_at\":1761701161,\"output\":[" + clip + "],"
                        + "\"usage\":null,\"session_id\":\"s1\"}"), got);
    }

    @Test
    void aRefusedRequestIsCreatedThenFailedWithNothingInBetween() {
        AgentScopeEncoder enc = encoder();
        List<String> got = run(enc, false);
        got.add(enc.fail("invalid_request", "missing session_id").toString());
        assertEquals(List.of(CREATED, IN_PROGRESS,
                "{\"sequence_number\":0,\"object\":\"response\",\"status\":\"failed\",\"error\":{\"code\":\"invalid_request\","
                        + "\"message\":\"missing session_id\"},\"id\":\"response_1\",\"created_at\":1761701161,"
                        + "\"completed_at\":1761701161,\"output\":null,\"usage\":null,\"session_id\":\"s1\"}"), got);
    }

    @Test
    void sseFramingIsOneDataLineAndABlankLineInRawUtf8() {
        ObjectNode n = WireObjects.JSON.createObjectNode();
        n.put("text", "椰汁");
        assertEquals("data: {\"text\":\"椰汁\"}\n\n", new String(WireObjects.sse(n), StandardCharsets.UTF_8));
        assertTrue(new String(WireObjects.sse(n), StandardCharsets.ISO_8859_1).contains("\u00e6\u00a4"));
    }

    @Test
    void theTopicStageAnswersWithAnEmptyCompletedMessage() {
        List<String> got = run(encoder(), false, new StageStarted("s1", Stage.TOPIC, 1),
                new StageDone("s1", Stage.TOPIC, null, 1));
        assertEquals("{\"sequence_number\":0,\"object\":\"message\",\"status\":\"completed\",\"error\":null,\"id\":\"msg_2\","
                + "\"type\":\"message\",\"role\":\"assistant\",\"content\":null,\"code\":null,\"message\":null,\"usage\":null}",
                got.get(2));
        assertEquals(3, got.size());
    }

    @Test
    void aQuotaWaitIsToldOncePerModelAndEveryRefusal() {
        AgentScopeEncoder enc = encoder();
        FilmEvent.QuotaWait rate = new FilmEvent.QuotaWait("s1", Stage.AUDIO, "qwen-tts", "rate",
                "10 per minute, 1 at once", 6000);
        FilmEvent.QuotaWait refused = new FilmEvent.QuotaWait("s1", Stage.AUDIO, "qwen-tts", "backoff",
                "10 per minute, 1 at once", 60000);
        List<String> out = run(enc, false, rate, rate, refused, refused);
        List<String> told = out.subList(2, out.size());
        assertEquals(3, told.size(), String.join("\n", told));
        assertTrue(told.get(0).contains("waiting 6 s for the qwen-tts quota (10 per minute, 1 at once)"), told.get(0));
        assertTrue(told.get(1).contains("qwen-tts refused a call for its quota; waiting 60 s"), told.get(1));
    }
    @Test
    void aJudgedFirstFrameCarriesItsScoreInTheSameMessageAsThePicture() {
        List<String> got = run(encoder(), false,
                new FilmEvent.FrameJudged("s1", Stage.FIRST_FRAME_IMAGE, 1, 7.5, 2, "the bottle matches the photo"),
                new ItemDone("s1", Stage.FIRST_FRAME_IMAGE, 1, "board 2", asset("s1/ffi/2.png", "image/png"), false),
                new ItemDone("s1", Stage.FIRST_FRAME_IMAGE, 0, "board 1", asset("s1/ffi/1.png", "image/png"), false));
        assertEquals(4, got.size(), "the verdict is no message of its own: " + got);
        assertTrue(got.get(2).contains("\"image_url\":\"https://files.test/s1/ffi/2.png\"},{"), got.get(2));
        assertTrue(got.get(2).contains("\"type\":\"data\",\"index\":1,\"delta\":false,\"msg_id\":\"msg_2\","
                + "\"data\":{\"board\":2,\"score\":7.5,\"candidates\":2,\"verdict\":\"the bottle matches the photo\"}}"),
                got.get(2));
        assertTrue(!got.get(3).contains("score"), "board 1 was not judged: " + got.get(3));
    }

    @Test
    void theFinalResponseCarriesTheTurnsUsageAddedUpFromItsCharges() {
        AgentScopeEncoder enc = encoder();
        run(enc, false,
                new FilmEvent.Charged("s1", Stage.SCRIPT, -1, "qwen-plus", "text",
                        java.util.Map.of("input_tokens", 1200L, "output_tokens", 300L), false, new java.math.BigDecimal("0.0017")),
                new FilmEvent.Charged("s1", Stage.FIRST_FRAME_IMAGE, 0, "wan2.6-image", "image",
                        java.util.Map.of("images", 1L), false, new java.math.BigDecimal("0.20")),
                new FilmEvent.Charged("s1", Stage.FIRST_FRAME_IMAGE, 1, "wan2.6-image", "image",
                        java.util.Map.of("images", 1L), true, new java.math.BigDecimal("0.20")),
                new FilmEvent.Charged("s1", Stage.AUDIO, 0, "my-tts", "speech",
                        java.util.Map.of("characters", 40L), true, null));
        ObjectNode last = enc.finish();
        assertEquals("{\"input_tokens\":1200,\"output_tokens\":300,\"total_tokens\":1500,\"calls\":4,"
                + "\"estimated_calls\":2,\"units\":{\"characters\":40,\"images\":2,\"input_tokens\":1200,"
                + "\"output_tokens\":300},\"cost_cny\":0.4017,\"unpriced_models\":[\"my-tts\"]}",
                last.get("usage").toString());
        assertEquals(last.get("usage"), enc.fail("budget_exceeded", "stopped").get("usage"),
                "a failed turn reports what it spent too");
        assertTrue(enc.open().get(0).get("usage").isNull(), "only the final response carries usage");
    }
}
