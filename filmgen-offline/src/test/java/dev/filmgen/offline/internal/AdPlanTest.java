package dev.filmgen.offline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdPlanTest {

    @Test
    void aProductNameLeavesOutTheEmojiMarksAndPromoTagsOfASellersTitle() {
        assertEquals("农夫山泉 天然矿泉水", AdPlan.productName("【官方旗舰】农夫山泉 天然矿泉水", Lang.ZH));
        assertEquals("爆款 三只松鼠每日坚果", AdPlan.productName("🔥爆款🔥 三只松鼠每日坚果™", Lang.ZH));
        assertEquals("Nike Air Zoom Pegasus", AdPlan.productName("Nike® Air Zoom Pegasus 40 ✨", Lang.EN));
        assertEquals("臺灣高山烏龍茶 禮盒裝", AdPlan.productName("臺灣高山烏龍茶 禮盒裝", Lang.ZH));
        assertEquals("설화수 윤조에센스 90ml 한정판", AdPlan.productName("설화수 윤조에센스 90ml 한정판 🎁", Lang.EN));
    }

    @Test
    void aTitleThatIsAllDecorationKeepsWhatItHas() {
        assertEquals("新品", AdPlan.productName("【新品】", Lang.ZH));
        assertEquals("好物", AdPlan.productName("🔥🔥", Lang.ZH));
    }
}
