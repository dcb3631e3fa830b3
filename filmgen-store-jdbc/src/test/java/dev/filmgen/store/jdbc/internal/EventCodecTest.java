package dev.filmgen.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.model.Units;
import dev.filmgen.stage.Stage;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Job events survive the trip through the events table unchanged, the cost ledger's events included. */
class EventCodecTest {

    @Test
    void aChargeIsRelayedWithItsUnitsAndPrice() {
        FilmEvent.Charged priced = new FilmEvent.Charged("s1", Stage.VIDEO, 2, "wan2.2-i2v-plus", "video",
                Map.of(Units.videoSeconds("480P"), 5L), false, new BigDecimal("0.70"));
        FilmEvent.Charged back = (FilmEvent.Charged) EventCodec.read(EventCodec.write(priced));
        assertEquals(0, new BigDecimal("0.70").compareTo(back.yuan()), "the price, to the fen: " + back.yuan());
        assertEquals(priced, new FilmEvent.Charged(back.sessionId(), back.stage(), back.item(), back.model(),
                back.kind(), back.units(), back.estimated(), priced.yuan()), "everything else unchanged");
        assertEquals(5, (long) back.units().get("video_seconds_480P"));
    }

    @Test
    void anUnpricedChargeKeepsItsNullPriceAndTokens() {
        FilmEvent.Charged unpriced = new FilmEvent.Charged("s1", Stage.SCRIPT, -1, "my-llm", "text",
                Units.tokens(1200, 300).counts(), true, null);
        FilmEvent back = EventCodec.read(EventCodec.write(unpriced));
        assertEquals(unpriced, back);
        assertNull(((FilmEvent.Charged) back).yuan());
    }

    @Test
    void otherEventsStillRoundTripAndAnUnknownKindReadsAsNull() {
        FilmEvent wait = new FilmEvent.QuotaWait("s1", Stage.AUDIO, "qwen-tts", "rate", "10 per minute, 1 at once",
                6000);
        assertEquals(wait, EventCodec.read(EventCodec.write(wait)));
        assertNull(EventCodec.read("{\"event\":\"FromTheFuture\",\"sessionId\":\"s1\"}"));
    }
}
