package dev.filmgen.stages.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Script;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMentionsTest {
    private static final Script ZH = new Script("t", "s", List.of("小米"), "极光保温杯", "蓝色", "暖");
    private static final Script EN = new Script("t", "s", List.of("Mia"), "Aurora Thermos", "blue", "warm");

    private static Board board(String picture, String... characters) {
        return new Board(0, List.of(characters), picture, "n");
    }

    @Test
    void aBoardWithoutCharactersIsAProductShot() {
        assertTrue(ProductMentions.isProductShot(board("a desk"), EN));
    }

    @Test
    void aPictureNamingTheProductOrItsHeadNounIsAProductShot() {
        assertTrue(ProductMentions.isProductShot(board("小米捧着保温杯", "小米"), ZH));
        assertTrue(ProductMentions.isProductShot(board("Mia opens her thermos", "Mia"), EN));
        assertTrue(ProductMentions.isProductShot(board("Mia shows the product", "Mia"), EN));
    }

    @Test
    void aPictureOfPeopleAloneIsNot() {
        assertFalse(ProductMentions.isProductShot(board("小米在寒风中等车", "小米"), ZH));
        assertFalse(ProductMentions.isProductShot(board("Mia waits for the bus", "Mia"), EN));
    }
}
