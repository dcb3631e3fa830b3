package dev.filmgen.testing;

import java.util.List;

/**
 * Product titles as sellers copy them from shop listings, in every script filmgen meets: simplified and
 * traditional Chinese, English, Japanese, Korean and mixtures, with emoji, ™ ® ©, 【】 brackets, full-width
 * punctuation and letters, dashes, long SKU codes and a rare Han character. Shared by the topic rule, the fonts,
 * the offline films, the CLI and the service, so all of them accept and render the same table.
 */
public final class SellerTitles {
    private SellerTitles() {
    }

    /**
     * One title.
     *
     * @param title the text exactly as a seller would paste it
     * @param language the film language filmgen makes it in ({@code zh} or {@code en})
     * @param foreign the language or script the topic notice names ({@code Japanese}, {@code Korean}), or null
     * @param emoji the emoji in the title, which neither the voice nor the subtitles can use
     */
    public record Title(String title, String language, String foreign, List<String> emoji) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** The table. */
    public static final List<Title> ALL = List.of(
            new Title("百炼椰汁", "zh", null, List.of()),
            new Title("【官方旗舰】农夫山泉 天然矿泉水 550ml×24瓶 整箱装", "zh", null, List.of()),
            new Title("🔥爆款🔥 三只松鼠每日坚果 750g/30袋 混合果仁™", "zh", null, List.of("🔥")),
            new Title("臺灣高山烏龍茶 禮盒裝", "zh", null, List.of()),
            new Title("【限量】鐵觀音 茶葉禮盒 — 150g×2罐（附提袋）", "zh", null, List.of()),
            new Title("Nike® Air Zoom Pegasus 40 Men's Running Shoes ✨ SKU DV3853-001", "en", null, List.of("✨")),
            new Title("Dyson V15 Detect™ Cordless Vacuum — Yellow/Nickel | 448798-01", "en", null, List.of()),
            new Title("宇治抹茶ラテ 個包装 10本入り【送料無料】", "zh", "Japanese", List.of()),
            new Title("ハーゲンダッツ ミニカップ バニラ 110ml×6個", "en", "Japanese", List.of()),
            new Title("설화수 윤조에센스 90ml 한정판 🎁", "en", "Korean", List.of("🎁")),
            new Title("제주 감귤 초콜릿 선물세트 (24개입)", "en", "Korean", List.of()),
            new Title("2024新款 iPhone 15 Pro Max 手机壳 磁吸 MagSafe 🍎 防摔【送钢化膜】", "zh", null, List.of("🍎")),
            new Title("SK-II 神仙水 ピテラ エッセンス 230ml ©2024 — 韓國免稅店", "zh", "Japanese", List.of()),
            new Title("ＵＮＩＱＬＯ 极暖 Ｔ恤 ＸＬ／黑色 ＃４５６７８９", "zh", null, List.of()),
            new Title("TP-LINK 千兆路由器 AC1200 双频 SKU: TL-WDR5620-V2.0-CN-2024-BLK-0001", "zh", null, List.of()),
            new Title("𠮷野家 牛丼 特盛 🐮👍🏻", "zh", null, List.of("🐮", "👍🏻")));
}
