package dev.filmgen.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmgen.calls.CallKind;
import dev.filmgen.cost.Charge;
import dev.filmgen.domain.FrameCandidate;
import dev.filmgen.domain.FrameCheck;
import dev.filmgen.domain.FrameVerdict;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.internal.json.Json;
import dev.filmgen.model.Units;
import dev.filmgen.stage.Stage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost ledger and the first-frame checks are part of the session document and survive a store round trip. */
class SessionLedgerJsonTest {
    @TempDir
    Path dir;

    private static FilmSession session() {
        MediaAsset a = new MediaAsset(URI.create("file:/tmp/a.png"), "image/png", "s/a.png", 10, null, 64, 64);
        MediaAsset b = new MediaAsset(URI.create("file:/tmp/b.png"), "image/png", "s/b.png", 12, null, 64, 64);
        Map<String, Boolean> roles = new LinkedHashMap<>();
        roles.put("Mia", true);
        roles.put("Leo", null);
        FrameCheck check = new FrameCheck(List.of(
                new FrameCandidate(a, "wan2.6-image",
                        new FrameVerdict(true, false, roles, null, 4.5, "the can is green", false), null),
                new FrameCandidate(b, "wan2.6-image", null, "the judge qwen-vl-max failed: 503")), 0, "qwen-vl-max", 6);
        return FilmSession.create("ledger", Instant.parse("2026-11-26T00:00:00Z")).toBuilder()
                .charge(new Charge("k1", Stage.VIDEO, 2, "wan2.2-i2v-plus", CallKind.VIDEO,
                        Units.of("video_seconds_1080P", 5), false, Instant.parse("2026-11-26T00:01:00Z")))
                .charge(new Charge("k2", Stage.SCRIPT, -1, "qwen-max", CallKind.TEXT, Units.tokens(1200, 310), true,
                        Instant.parse("2026-11-26T00:02:00Z")))
                .frameCheck(1, check).build();
    }

    @Test
    void chargesAndChecksSurviveTheFileStore() {
        FileSessionStore store = FileSessionStore.of(dir);
        FilmSession saved = store.save(session());
        FilmSession loaded = store.load("ledger").orElseThrow();
        assertEquals(saved.charges(), loaded.charges());
        assertEquals(saved.frameChecks(), loaded.frameChecks());
        assertEquals(4.5, loaded.frameChecks().get(1).score());
    }

    @Test
    void unitsAreAPlainObjectInTheDocument() throws Exception {
        String json = Json.mapper().writeValueAsString(session());
        assertEquals(true, json.contains("\"units\":{\"video_seconds_1080P\":5}"), json);
        assertEquals(true, json.contains("\"units\":{\"input_tokens\":1200,\"output_tokens\":310}"), json);
    }

    @Test
    void aSessionWrittenBeforeTheLedgerLoadsWithAnEmptyOne() throws Exception {
        String old = "{\"id\":\"old\",\"version\":3,\"createdAt\":\"2026-01-01T00:00:00Z\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"boards\":[],\"tasks\":{}}";
        FilmSession s = Json.mapper().readValue(old, FilmSession.class);
        assertEquals(List.of(), s.charges());
        assertEquals(Map.of(), s.frameChecks());
    }
}
