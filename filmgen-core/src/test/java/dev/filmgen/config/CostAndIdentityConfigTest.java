package dev.filmgen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.Units;
import dev.filmgen.stage.Stage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Config keys of issue 12: prices, budget, the reference and judge models of the picture stages. */
class CostAndIdentityConfigTest {

    @Test
    void theDefaultsPaintWithReferencesAndJudgeEveryFrame() {
        StageConfig frames = FilmConfig.defaults().stage(Stage.FIRST_FRAME_IMAGE);
        assertEquals("wan2.2-t2i-plus", frames.model());
        assertEquals("wan2.6-image", frames.options().get(StageConfig.REFERENCE_MODEL));
        assertEquals("qwen-vl-max", frames.options().get(StageConfig.JUDGE_MODEL));
        assertEquals(6, frames.options().get(StageConfig.MIN_SCORE));
        assertEquals(2, frames.options().get(StageConfig.CANDIDATES));
        assertEquals("wan2.6-image", FilmConfig.defaults().stage(Stage.ROLE_IMAGE).options()
                .get(StageConfig.REFERENCE_MODEL));
        assertNull(FilmConfig.defaults().budget());
    }

    @Test
    void offlineSettingsMoveTheReferenceAndJudgeModelsToo() {
        FilmConfig offline = FilmConfig.defaults().withAllModels("offline");
        StageConfig frames = offline.stage(Stage.FIRST_FRAME_IMAGE);
        assertEquals("offline", frames.options().get(StageConfig.REFERENCE_MODEL));
        assertEquals("offline", frames.options().get(StageConfig.JUDGE_MODEL));
        assertEquals(6, frames.options().get(StageConfig.MIN_SCORE));
    }

    @Test
    void pricesAreReadPerUnitOrPerThousandAndLaidOverNothingElse() {
        FilmConfig c = FilmConfigLoader.fromJson("{\"prices\": {\"qwen-max\": {\"input_tokens/1k\": 0.0024,"
                + " \"output_tokens/1m\": 9.6}, \"wan2.2-i2v-plus\": {\"video_seconds_1080P\": 0.5},"
                + " \"my-local-model\": {}}, \"budget\": 8.5}");
        assertEquals(0, new BigDecimal("0.0000024").compareTo(c.prices().find("qwen-max").get().perUnit()
                .get(Units.INPUT_TOKENS)));
        assertEquals(0, new BigDecimal("0.0000096").compareTo(c.prices().find("qwen-max").get().perUnit()
                .get(Units.OUTPUT_TOKENS)));
        assertEquals(0, new BigDecimal("2.5").compareTo(c.prices().cost("wan2.2-i2v-plus",
                Units.of("video_seconds_1080P", 5)).get()));
        assertTrue(c.prices().find("my-local-model").get().free());
        assertEquals(0, new BigDecimal("8.5").compareTo(c.budget()));
    }

    @Test
    void badPricesAndBudgetsNameTheirKey() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FilmConfigLoader.fromJson("{\"prices\": {\"qwen-max\": {\"input_tokens\": -1}}}"));
        assertTrue(e.getMessage().contains("prices.qwen-max.input_tokens"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> FilmConfigLoader.fromJson("{\"prices\": {\"qwen-max\": {\"input_tokens/2k\": 1}}}"));
        assertTrue(e.getMessage().contains("/1k, /10k or /1m"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> FilmConfigLoader.fromJson("{\"budget\": \"lots\"}"));
        assertTrue(e.getMessage().contains("config key budget"), e.getMessage());
    }

    @Test
    void judgeSettingsAreReadAndChecked() {
        FilmConfig c = FilmConfigLoader.fromJson("{\"first_frame_image\": {\"judge_model\": \"qvq-max\","
                + " \"min_score\": 7.5, \"candidates\": 3, \"reference_model\": \"qwen-image-edit-plus\"}}");
        StageConfig f = c.stage(Stage.FIRST_FRAME_IMAGE);
        assertEquals("qvq-max", f.options().get(StageConfig.JUDGE_MODEL));
        assertEquals(7.5, f.options().get(StageConfig.MIN_SCORE));
        assertEquals(3, f.options().get(StageConfig.CANDIDATES));
        assertEquals("qwen-image-edit-plus", f.options().get(StageConfig.REFERENCE_MODEL));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FilmConfigLoader.fromJson("{\"first_frame_image\": {\"candidates\": 9}}"));
        assertTrue(e.getMessage().contains("first_frame_image.candidates"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> FilmConfigLoader.fromJson("{\"first_frame_image\": {\"min_score\": 11}}"));
        assertTrue(e.getMessage().contains("first_frame_image.min_score"), e.getMessage());
    }

    @Test
    void anExplicitFirstFrameModelIsUsedForEveryBoardUnlessAReferenceModelIsNamedToo() {
        StageConfig explicit = FilmConfigLoader.fromJson("{\"first_frame_image\": {\"model\": \"wan2.5-t2i-preview\"}}")
                .stage(Stage.FIRST_FRAME_IMAGE);
        assertEquals("wan2.5-t2i-preview", explicit.model());
        assertFalse(explicit.options().containsKey(StageConfig.REFERENCE_MODEL));
        StageConfig both = FilmConfigLoader.fromJson("{\"first_frame_image\": {\"model\": \"wan2.5-t2i-preview\","
                + " \"reference_model\": \"wan2.5-i2i-preview\"}}").stage(Stage.FIRST_FRAME_IMAGE);
        assertEquals("wan2.5-i2i-preview", both.options().get(StageConfig.REFERENCE_MODEL));
        StageConfig untouched = FilmConfigLoader.fromJson("{\"first_frame_image\": {\"rps\": 1}}")
                .stage(Stage.FIRST_FRAME_IMAGE);
        assertEquals("wan2.6-image", untouched.options().get(StageConfig.REFERENCE_MODEL));
    }
}
