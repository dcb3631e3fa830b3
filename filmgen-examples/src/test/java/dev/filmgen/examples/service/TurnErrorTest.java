package dev.filmgen.examples.service;

import static dev.filmgen.examples.service.ServiceHarness.emit;
import static dev.filmgen.examples.service.ServiceHarness.events;
import static dev.filmgen.examples.service.ServiceHarness.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.event.FilmEvent.Reply;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A turn that dies of an Error still ends its stream, and the session's next request runs. */
@Timeout(30)
class TurnErrorTest {
    private ServiceHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void anOutOfMemoryErrorEndsTheStreamWithAFailedResponseAndTheSessionsNextTurnRuns() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        h = new ServiceHarness(b -> { }).script((sid, msg, l) -> {
            if (broken.getAndSet(false)) {
                throw new OutOfMemoryError("Java heap space");
            }
            emit(l, new Reply(sid, "done"));
        });

        List<JsonNode> first = events(h.post(request("s1", "Script", "x"), null).body());
        JsonNode end = first.get(first.size() - 1);
        assertEquals("failed", end.get("status").asText());
        assertEquals("internal_error", end.get("error").get("code").asText());
        assertFalse(end.get("error").get("message").asText().contains("heap"), end.toString());

        List<JsonNode> second = events(h.post(request("s1", "Script", "x"), null).body());
        assertEquals("completed", second.get(second.size() - 1).get("status").asText());
        assertEquals(2, h.calls.size());
    }
}
