package dev.filmgen.dashscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.calls.Quota;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stand-in's quota rules catch what the provider refuses, so a film test that finds no refusal means something. */
class FakeBailianRulesTest {

    @Test
    void aSecondQwenTtsStartRightAfterTheFirstIsOverItsTenPerMinute() {
        FakeBailianRules rules = new FakeBailianRules(Map.of("qwen-tts", Quota.perMinute(10, 1)), 1.0);

        assertNull(rules.admit("qwen-tts", 0));
        String why = rules.admit("qwen-tts", 0);

        assertNotNull(why);
        assertTrue(rules.overLimit().get(0).startsWith("qwen-tts: 2 starts within 3000 ms"), rules.overLimit().toString());
    }

    @Test
    void twoWanStartsInOneSecondAreAllowedAndAThirdIsNot() {
        FakeBailianRules rules = new FakeBailianRules(Map.of("wan2.2-i2v-plus", Quota.perSecond(2, 5)), 1.0);

        assertNull(rules.admit("wan2.2-i2v-plus", 0));
        assertNull(rules.admit("wan2.2-i2v-plus", 1));
        assertNotNull(rules.admit("wan2.2-i2v-plus", 2));
        assertEquals(1, rules.overLimit().size());
    }

    @Test
    void startsSpacedAsTheQuotaSaysAreAdmittedOnScaledTime() throws InterruptedException {
        FakeBailianRules rules = new FakeBailianRules(Map.of("qwen-tts", Quota.perMinute(10, 1)), 100.0);

        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                Thread.sleep(61); // 6 s / 100, and a little
            }
            assertNull(rules.admit("qwen-tts", 0), "start " + i);
        }
        assertEquals(0, rules.overLimit().size());
        assertNotNull(rules.admit("qwen-tts", 0), "a start right after the last is still a burst");
    }

    @Test
    void aStartWithEverySlotTakenIsOverTheQuota() {
        FakeBailianRules rules = new FakeBailianRules(Map.of("wan2.2-i2v-plus", Quota.perSecond(2, 2)), 1.0);

        assertNotNull(rules.admit("wan2.2-i2v-plus", 2));
        assertTrue(rules.overLimit().get(0).contains("3 at once"), rules.overLimit().toString());
    }
}
