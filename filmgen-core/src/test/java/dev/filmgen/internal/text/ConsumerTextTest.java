package dev.filmgen.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.testing.SellerTitles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsumerTextTest {
    static final List<SellerTitles.Title> TITLES = SellerTitles.ALL;

    @ParameterizedTest
    @ValueSource(strings = {"冰镇百炼椰汁，一口就满足！", "Fresh coconut water. Try it today!", "清爽一夏（限定款）：买一送一。",
            "Meet the Aurora Thermos - 500 ml, hot for 12 hours."})
    void ordinaryNarrationReachesTheVoiceAndTheScreenUnchangedSoPaidVoicesStayReusable(String line) {
        assertEquals(new ConsumerText.Cleaned(line, List.of()), ConsumerText.speech(line));
        assertEquals(new ConsumerText.Cleaned(line, List.of()), ConsumerText.screen(line));
    }

    @Test
    void emojiAreLeftOutOfBothWholeAndNamedOnce() {
        String line = "🔥爆款🔥 三只松鼠✨ 家庭装👨‍👩‍👧 🇨🇳 好评👍🏻 1️⃣号";
        ConsumerText.Cleaned spoken = ConsumerText.speech(line);
        ConsumerText.Cleaned shown = ConsumerText.screen(line);
        List<String> emoji = List.of("🔥", "✨", "👨‍👩‍👧", "🇨🇳", "👍🏻", "1️⃣");
        assertEquals(emoji, spoken.dropped());
        assertEquals(emoji, shown.dropped());
        assertEquals("爆款 三只松鼠 家庭装 好评 号", shown.text());
        assertEquals("爆款 三只松鼠 家庭装 好评 号", spoken.text());
    }

    @Test
    void theVoiceSkipsMarksItWouldReadOutByNameWhileTheScreenKeepsThem() {
        String line = "【限量】Dyson V15 Detect™ — Nike® ©2024 | 黑色/白色 #45678 ★五星";
        ConsumerText.Cleaned spoken = ConsumerText.speech(line);
        assertEquals("限量 Dyson V15 Detect — Nike 2024 黑色 白色 45678 五星", spoken.text());
        assertEquals(List.of("™", "®", "©", "★"), spoken.dropped(), "brackets and separators are layout, not words");
        ConsumerText.Cleaned shown = ConsumerText.screen(line);
        assertEquals(line, shown.text());
        assertTrue(shown.dropped().isEmpty());
    }

    @Test
    void theVoiceSpellsCompatibilityFormsPlainly() {
        assertEquals("UNIQLO XL 500ml 1号 2号", ConsumerText.speech("ＵＮＩＱＬＯ ＸＬ ５００㎖ ①号 ②号").text());
        assertEquals("ＵＮＩＱＬＯ ＸＬ ５００㎖", ConsumerText.screen("ＵＮＩＱＬＯ ＸＬ ５００㎖").text());
    }

    @Test
    void invisibleFormattingAndLineBreaksNeverReachVoiceOrScreen() {
        String pasted = "\uFEFF百炼\u200B椰汁\n\n夏日\t限定\u202E";
        assertEquals("百炼椰汁 夏日 限定", ConsumerText.screen(pasted).text());
        assertEquals("百炼椰汁 夏日 限定", ConsumerText.speech(pasted).text());
        assertTrue(ConsumerText.screen(pasted).dropped().isEmpty(), "nothing a reader would miss");
    }

    @ParameterizedTest
    @FieldSource("TITLES")
    void everySellerTitleKeepsItsWordsForTheScreenAndLosesOnlyItsEmoji(SellerTitles.Title t) {
        ConsumerText.Cleaned shown = ConsumerText.screen(t.title());
        assertEquals(t.emoji(), shown.dropped());
        assertFalse(shown.text().isBlank());
        t.title().codePoints().filter(Character::isLetterOrDigit).forEach(cp -> assertTrue(
                shown.text().indexOf(cp) >= 0, "kept " + new String(Character.toChars(cp))));
        assertTrue(ConsumerText.speech(t.title()).dropped().containsAll(t.emoji()));
    }
}
