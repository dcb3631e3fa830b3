package dev.filmgen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.CallKind;
import dev.filmgen.model.Units;
import dev.filmgen.stage.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilmCostTest {
    private static final PriceList PRICES = PriceList.LOCAL.with(PriceList.builder()
            .price("qwen-max", ModelPrice.from("t").perThousand(Units.INPUT_TOKENS, "0.0024")
                    .perThousand(Units.OUTPUT_TOKENS, "0.0096").build())
            .price("wan2.6-image", ModelPrice.from("t").per(Units.IMAGES, "0.20").build())
            .price("wan2.2-i2v-plus", ModelPrice.from("t").per(Units.videoSeconds("1080P"), "0.70").build())
            .build());

    private static Charge charge(Stage stage, int item, String model, CallKind kind, Units units) {
        return new Charge("k-" + stage + item + model, stage, item, model, kind, units, false, Instant.EPOCH);
    }

    @Test
    void theCostSumsRecordedUnitsByStageAndBoard() {
        List<Charge> paid = List.of(
                charge(Stage.SCRIPT, -1, "qwen-max", CallKind.TEXT, Units.tokens(1000, 500)),
                charge(Stage.FIRST_FRAME_IMAGE, 0, "wan2.6-image", CallKind.IMAGE, Units.of(Units.IMAGES, 1)),
                charge(Stage.FIRST_FRAME_IMAGE, 0, "wan2.6-image", CallKind.IMAGE, Units.of(Units.IMAGES, 1)),
                charge(Stage.FIRST_FRAME_IMAGE, 1, "wan2.6-image", CallKind.IMAGE, Units.of(Units.IMAGES, 1)),
                charge(Stage.VIDEO, 0, "wan2.2-i2v-plus", CallKind.VIDEO, Units.of("video_seconds_1080P", 5)));
        List<Charge> reused = List.of(charge(Stage.VIDEO, 1, "wan2.2-i2v-plus", CallKind.VIDEO,
                Units.of("video_seconds_1080P", 5)));
        FilmCost c = FilmCost.of(paid, reused, PRICES);
        // 0.0024 + 0.0048 = 0.0072; 3 × 0.20 = 0.60; 5 × 0.70 = 3.50
        assertEquals(0, new BigDecimal("4.1072").compareTo(c.total()), c.total().toPlainString());
        assertEquals(0, new BigDecimal("0.60").compareTo(c.stage(Stage.FIRST_FRAME_IMAGE).amount()));
        assertEquals(0, new BigDecimal("0.40").compareTo(c.stage(Stage.FIRST_FRAME_IMAGE).items().get(0)));
        assertEquals(3, c.stage(Stage.FIRST_FRAME_IMAGE).calls());
        assertEquals(5, c.calls());
        assertEquals(1, c.reused());
        assertEquals(0, new BigDecimal("3.50").compareTo(c.saved()));
        assertEquals(1, c.stage(Stage.VIDEO).reused());
        assertFalse(c.free());
        assertEquals("cost: ¥4.11 (5 calls, 1 reused, ¥3.50 saved)", c.summary());
    }

    @Test
    void aModelWithoutAPriceIsNamedNotSilentlyFree() {
        FilmCost c = FilmCost.of(List.of(charge(Stage.AUDIO, 0, "cosyvoice-v2", CallKind.SPEECH,
                Units.of(Units.CHARACTERS, 40))), List.of(), PRICES);
        assertEquals(Set.of("cosyvoice-v2"), c.unpriced());
        assertTrue(c.summary().contains("no price for cosyvoice-v2"), c.summary());
        assertFalse(c.free());
    }

    @Test
    void offlineCallsCostNothingAndSaySo() {
        FilmCost c = FilmCost.of(List.of(charge(Stage.SCRIPT, -1, "offline", CallKind.TEXT, Units.tokens(900, 700)),
                charge(Stage.VIDEO, 0, "offline", CallKind.VIDEO, Units.of("video_seconds_1080P", 5))), List.of(),
                PRICES);
        assertTrue(c.free());
        assertEquals(0, BigDecimal.ZERO.compareTo(c.total()));
        assertEquals("cost: ¥0.00 (2 calls, 0 reused) — offline models are free", c.summary());
    }

    @Test
    void amountsBelowAFenKeepTheirDigits() {
        assertEquals("¥0.0072", FilmCost.yuan(new BigDecimal("0.0072")));
        assertEquals("¥15.42", FilmCost.yuan(new BigDecimal("15.4155")));
        assertEquals("¥0.00", FilmCost.yuan(BigDecimal.ZERO));
    }

    @Test
    void twoTurnsAddUp() {
        FilmCost a = FilmCost.of(List.of(charge(Stage.SCRIPT, -1, "qwen-max", CallKind.TEXT, Units.tokens(1000, 0))),
                List.of(), PRICES);
        FilmCost b = FilmCost.of(List.of(), List.of(charge(Stage.SCRIPT, -1, "qwen-max", CallKind.TEXT,
                Units.tokens(1000, 0))), PRICES);
        FilmCost sum = a.plus(b);
        assertEquals(1, sum.calls());
        assertEquals(1, sum.reused());
        assertEquals(0, new BigDecimal("0.0024").compareTo(sum.saved()));
        assertEquals(1, sum.stage(Stage.SCRIPT).calls());
    }
}
