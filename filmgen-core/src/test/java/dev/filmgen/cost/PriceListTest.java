package dev.filmgen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.model.Units;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceListTest {
    private static final PriceList LIST = PriceList.builder()
            .price("qwen-max", ModelPrice.from("list").perThousand(Units.INPUT_TOKENS, "0.0024")
                    .perThousand(Units.OUTPUT_TOKENS, "0.0096").build())
            .price("qwen-max-latest", ModelPrice.from("list").perThousand(Units.INPUT_TOKENS, "0.01").build())
            .price("wan2.2-i2v-plus", ModelPrice.from("list").per(Units.videoSeconds("480P"), "0.14")
                    .per(Units.videoSeconds("1080P"), "0.70").build())
            .build();

    @Test
    void aPriceIsFoundByItsNameOrByTheLongestFamilyName() {
        assertEquals(new BigDecimal("0.0000024"), LIST.find("qwen-max").get().perUnit().get(Units.INPUT_TOKENS));
        assertEquals(new BigDecimal("0.0000024"), LIST.find("qwen-max-2025-01-25").get().perUnit().get(Units.INPUT_TOKENS));
        assertEquals(new BigDecimal("0.00001"), LIST.find("qwen-max-latest-x").get().perUnit().get(Units.INPUT_TOKENS));
        assertTrue(LIST.find("qwen-maxi").isEmpty(), "a family match needs a dash after the family name");
        assertTrue(LIST.find("qwen-plus").isEmpty());
    }

    @Test
    void costIsEachUnitsCountTimesItsPriceAndUnpricedUnitsAreFree() {
        assertEquals(0, new BigDecimal("0.01920").compareTo(LIST.cost("qwen-max",
                Units.tokens(2000, 1500)).orElseThrow()), "2000 × 0.0024/1000 + 1500 × 0.0096/1000");
        assertEquals(0, new BigDecimal("3.50").compareTo(LIST.cost("wan2.2-i2v-plus",
                Units.of(Units.videoSeconds("1080P"), 5)).orElseThrow()));
        assertEquals(0, BigDecimal.ZERO.compareTo(LIST.cost("wan2.2-i2v-plus", Units.of(Units.IMAGES, 3)).orElseThrow()));
        assertTrue(LIST.cost("unknown", Units.of(Units.IMAGES, 1)).isEmpty());
    }

    @Test
    void anOverrideReplacesOnlyTheUnitsItNames() {
        PriceList mine = PriceList.builder().price("wan2.2-i2v-plus",
                new ModelPrice(Map.of(Units.videoSeconds("1080P"), new BigDecimal("0.5")), "my contract")).build();
        PriceList merged = LIST.with(mine);
        ModelPrice p = merged.find("wan2.2-i2v-plus").get();
        assertEquals(new BigDecimal("0.5"), p.perUnit().get("video_seconds_1080P"));
        assertEquals(new BigDecimal("0.14"), p.perUnit().get("video_seconds_480P"));
        assertTrue(p.source().startsWith("my contract"), p.source());
        assertEquals(LIST.find("qwen-max"), merged.find("qwen-max"));
    }

    @Test
    void localModelsAreFreeAndSaySo() {
        assertTrue(PriceList.LOCAL.find("offline").get().free());
        assertTrue(PriceList.LOCAL.find("offline").get().source().contains("cost nothing"));
        assertEquals(0, BigDecimal.ZERO.compareTo(PriceList.LOCAL.cost("offline", Units.of(Units.IMAGES, 9)).get()));
    }
}
