package dev.filmgen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void chineseThemeIsZh() {
        assertEquals("zh", Languages.detect("一款能保温一整天的不锈钢保温杯"));
    }

    @Test
    void englishThemeIsEn() {
        assertEquals("en", Languages.detect("a thermos bottle that keeps tea hot"));
    }

    @Test
    void chineseThemeNamingALatinBrandStaysZh() {
        assertEquals("zh", Languages.detect("iPhone 15 手机壳"));
        assertEquals("zh", Languages.detect("Nike 跑步鞋，轻便透气"));
    }

    @Test
    void productCodesAndCapitalisedAcronymsInASellersTitleAreNotWords() {
        assertEquals("zh", Languages.detect("TP-LINK 千兆路由器 AC1200 双频 SKU: TL-WDR5620-V2.0-CN-2024-BLK-0001"));
        assertEquals("zh", Languages.detect("NIKE AIR MAX 跑鞋"));
        assertEquals("en", Languages.detect("Dyson V15 Detect Cordless Vacuum 448798-01 吸尘器"));
    }

    @Test
    void englishThemeWithAFewChineseCharactersStaysEn() {
        assertEquals("en", Languages.detect("a gift box of premium oolong tea called 乌龙"));
    }

    @Test
    void textWithoutLettersIsEn() {
        assertEquals("en", Languages.detect(null));
        assertEquals("en", Languages.detect("123 !!"));
    }

    @Test
    void normalisesLanguageTags() {
        assertEquals("zh", Languages.normalise("zh-CN"));
        assertEquals("en", Languages.normalise("fr"));
        assertEquals("en", Languages.normalise(null));
    }

    @Test
    void measuresNarrationInCharactersForChineseAndWordsForEnglish() {
        assertEquals(5, Languages.measure("温暖一整天！", "zh"));
        assertEquals(4, Languages.measure("Warmth that lasts long", "en"));
    }
}
