package dev.filmgen.offline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StagingTest {
    private static final String LOOK = "阳光海边沙滩，小夏身穿红色T恤和白色短裤（二十出头的女生，齐肩短发，笑容明亮）。";
    private static final String LABEL = "画面里这款饮品的白绿相间的磨砂塑料瓶上清晰印着“百炼椰汁”。\n服装：小夏穿着红色T恤和白色短裤。";

    @ParameterizedTest
    @CsvSource({"小夏在阳光海边沙滩刚跑完步，口干舌燥,RUN", "小夏拧开百炼椰汁，仰头畅饮,DRINK",
            "小夏热得满头大汗,RUN", "小夏和阿杰举瓶相碰,HOLD", "小夏向镜头推荐百炼椰汁,POINT", "小夏开心地笑了,CHEER",
            "小夏望着远方的海,STAND", "Emma pours the snack onto a plate,HOLD", "Jake sips it slowly,DRINK",
            "'They share snacks in the park, laughing',CHEER"})
    void theActionComesFromTheBoardsOwnSentence(String action, Staging.Action expected) {
        assertEquals(expected, Staging.read(LOOK + action + "。" + LABEL, 1, "百炼椰汁").action());
    }

    @Test
    void looksClothesProductNamesAndPlacesAreNotActions() {
        // 笑容 in the look, 饮品 as the kind, 跑 in the track and the product name, 穿着 of a running shoe
        assertEquals(Staging.Action.STAND, Staging.read(LOOK + "小夏望着大海。" + LABEL, 1, "百炼椰汁").action());
        assertEquals(Staging.Action.STAND, Staging.read("绿树成荫的公园跑道，阿哲身穿橙色卫衣和黑色运动裤（男生）。"
                + "阿哲穿着轻跑运动鞋转了一圈。画面里这款服饰的鞋盒上清晰印着“轻跑运动鞋”。", 2, "轻跑运动鞋").action());
    }

    @Test
    void theShotSizeIsNamedOrFollowsTheBoardNumber() {
        assertEquals(Staging.Shot.CLOSE, Staging.read("阳光海边沙滩，产品特写，画面中没有人物。", 3, "x").shot());
        assertEquals(Staging.Shot.WIDE, Staging.read("Wide shot of the beach, Emma walks in.", 1, "x").shot());
        assertEquals(Staging.Shot.NEAR, Staging.read("近景，小夏微笑。", 1, "x").shot());
        assertEquals(Staging.Shot.MEDIUM, Staging.read(LOOK, 1, "x").shot());
        assertEquals(Staging.Shot.NEAR, Staging.read(LOOK, 2, "x").shot());
        assertEquals(Staging.Shot.WIDE, Staging.read(LOOK, 3, "x").shot());
    }

    @Test
    void evenBoardsAreMirroredAndTheTimeOfDayLightsThem() {
        assertFalse(Staging.read(LOOK, 1, "x").mirrored());
        assertTrue(Staging.read(LOOK, 2, "x").mirrored());
        assertFalse(Staging.read(LOOK, 0, "x").mirrored());
        assertEquals(Staging.Light.DAY, Staging.read(LOOK, 1, "x").light());
        assertEquals(Staging.Light.SUNSET, Staging.read("黄昏的海边，小夏散步。", 1, "x").light());
        assertEquals(Staging.Light.MORNING, Staging.read("At the sunlit bedroom in the morning, Chloe smiles.", 1, "x")
                .light());
        assertEquals(Staging.Light.NIGHT, Staging.read("City street at night, Jake jogs home.", 1, "x").light());
    }
}
