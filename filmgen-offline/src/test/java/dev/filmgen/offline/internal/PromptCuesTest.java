package dev.filmgen.offline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class PromptCuesTest {
    @Test
    void aFramePromptWithAWardrobeBlockCountsEachPersonOnce() {
        PromptCues c = new PromptCues("阳光海边沙滩，小夏身穿红色T恤和白色短裤（女生）、阿杰身穿蓝色背心（男生）。小夏拿起百炼椰汁。"
                + "画面里这款饮品的天蓝色铝罐上清晰印着“百炼椰汁”。\n服装：小夏穿着红色T恤和白色短裤；阿杰穿着蓝色背心。\n风格：明亮通透。");
        assertEquals(2, c.people.size(), c.people.toString());
        assertEquals("百炼椰汁", c.product);
        assertNull(c.slogan);
        assertEquals(Setting.BEACH, c.setting);
        assertEquals(Category.DRINKS, c.category);
        assertEquals("can", c.nearShape);
        assertEquals(ColourWords.byEn("blue").color(), c.productColour);
        assertEquals(new Color(0xE0413A), ColourWords.find(c.people.get(0)).get(0));
    }

    @Test
    void anEnglishCloseUpHasNoPeopleAndASlogan() {
        PromptCues c = new PromptCues("At the cosy home kitchen, product close-up, no people in the shot. The snack's warm "
                + "orange stand-up pouch clearly shows a label reading \"Choco Crunch\". Bold headline \"Too good to "
                + "stop\" across the top.\nWardrobe: .");
        assertEquals(0, c.people.size());
        assertEquals("Choco Crunch", c.product);
        assertEquals("Too good to stop", c.slogan);
        assertEquals(Setting.KITCHEN, c.setting);
        assertEquals(Category.FOOD, c.category);
        assertEquals("pouch", c.nearShape);
    }

    @Test
    void wardrobeLinesInEnglishAreReadToo() {
        PromptCues c = new PromptCues("Mia and Leo clink bottles at the beach.\nWardrobe: Mia wears red T-shirt; "
                + "Leo wears blue tank top.");
        assertEquals(2, c.people.size(), c.people.toString());
    }
}
