package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.cost.PriceList;
import dev.filmgen.model.Units;
import dev.filmgen.stage.Stage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The default prices say where and when they were read, cover the default models, and give the figures of the
 * README's "What a film costs" table (a 4-board film with the defaults).
 */
class DashScopePricesTest {
    private static final PriceList PRICES = DashScopePrices.list();

    private static BigDecimal yuan(String model, Units units) {
        return PRICES.cost(model, units).orElseThrow(() -> new AssertionError(model + " has no price"));
    }

    private static void assertYuan(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected ¥" + expected + ", was ¥" + actual);
    }

    @Test
    void everyRowSaysWhereAndWhenItWasRead() {
        PRICES.models().forEach((model, price) -> {
            assertTrue(price.source().contains("read " + DashScopePrices.READ_ON), model + ": " + price.source());
            assertTrue(price.source().contains("help.aliyun.com") || price.source().contains("[unconfirmed]"),
                    model + " names an official page or says it is unconfirmed: " + price.source());
        });
    }

    @Test
    void everyPaidDefaultModelHasAPriceExceptTheReasoningVisionModel() {
        FilmConfig d = FilmConfig.defaults();
        for (Stage s : Stage.values()) {
            String model = d.stage(s).model();
            if (!model.equals("none") && !model.equals("ffmpeg")) {
                assertTrue(PRICES.find(model).isPresent(), s + ": " + model);
            }
        }
        StageConfig frames = d.stage(Stage.FIRST_FRAME_IMAGE);
        assertTrue(PRICES.find(frames.options().get(StageConfig.REFERENCE_MODEL).toString()).isPresent());
        assertTrue(PRICES.find(frames.options().get(StageConfig.JUDGE_MODEL).toString()).isPresent());
        assertTrue(PRICES.find(d.stage(Stage.SCRIPT).t2iModel()).isPresent());
        assertTrue(PRICES.find("qvq-max").isEmpty(), "qvq-max's price was not found: it stays unpriced, not guessed");
    }

    @Test
    void aFourBoardFilmWithTheDefaultsCostsWhatTheReadmeTableSays() {
        // clips: four of 5 s at 1080P, nine tenths of the film
        assertYuan("14.00", yuan("wan2.2-i2v-plus", Units.of(Units.videoSeconds("1080P"), 20)));
        assertYuan("2.80", yuan("wan2.2-i2v-plus", Units.of(Units.videoSeconds("480P"), 20)));
        // pictures: product picture and two portraits by text, four frames with references, ¥0.20 each
        assertYuan("0.60", yuan("wan2.2-t2i-plus", Units.of(Units.IMAGES, 3)));
        assertYuan("0.80", yuan("wan2.6-image", Units.of(Units.IMAGES, 4)));
        // six text stages, about 12k tokens in and 4k out
        BigDecimal text = yuan("qwen-max", Units.tokens(12_000, 4_000));
        assertYuan("0.0672", text);
        // four verdicts of about 5k tokens in, 100 out
        BigDecimal judge = yuan("qwen-vl-max", Units.tokens(20_000, 400));
        assertYuan("0.0336", judge);
        // four narrations of about 15 Chinese characters, each billed as two
        BigDecimal voices = yuan("qwen3-tts-flash", Units.of(Units.CHARACTERS, 120));
        assertYuan("0.0096", voices);
        BigDecimal film = new BigDecimal("14.00").add(new BigDecimal("0.60")).add(new BigDecimal("0.80")).add(text)
                .add(judge).add(voices);
        assertTrue(film.compareTo(new BigDecimal("15.4")) > 0 && film.compareTo(new BigDecimal("15.6")) < 0,
                "the README says about ¥15.5: " + film);
    }
}
