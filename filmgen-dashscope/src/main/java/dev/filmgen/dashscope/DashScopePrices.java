package dev.filmgen.dashscope;

import dev.filmgen.cost.ModelPrice;
import dev.filmgen.cost.PriceList;
import dev.filmgen.model.Units;

/**
 * The Model Studio (Bailian) prices filmgen uses by default, China mainland (Beijing) list prices in yuan, read on
 * 2026-11-26. Each row says where it was read; rows marked [unconfirmed] come from a restatement of the official list
 * rather than the official page itself, and rows for models whose price could not be found are left out, so those
 * models show up as unpriced instead of as a guess. Prices change: a host overrides any of them with config
 * {@code prices} (per model and unit), which also covers Singapore accounts, whose list is in US dollars.
 */
public final class DashScopePrices {
    /** When the prices below were read. */
    public static final String READ_ON = "2026-11-26";

    private static final String I2V_T2V = "Wan text-to-video API reference (help.aliyun.com/zh/model-studio/"
            + "text-to-video-api-reference: wan2.2-t2v-plus 480P 0.14元/秒, 1080P 0.70元/秒, the same list price as "
            + "wan2.2-i2v-plus per its restatement on docs.crazyrouter.com/video/wan), read " + READ_ON;
    private static final String KF2V = "Wan first-and-last-frame API reference (help.aliyun.com/zh/model-studio/"
            + "image-to-video-by-first-and-last-frame-api-reference), read " + READ_ON;
    private static final String I2V_21 = "Wan image-to-video API reference (help.aliyun.com/zh/model-studio/"
            + "image-to-video-api-reference, wanx2.1 table), read " + READ_ON;
    private static final String TTS = "Qwen-TTS page (help.aliyun.com/zh/model-studio/qwen-tts: qwen-tts input "
            + "0.0016元, output 0.01元 per thousand tokens, 50 tokens per second of audio; qwen3-tts-flash 0.8元 per ten "
            + "thousand characters, a Chinese character counting two), read " + READ_ON;
    private static final String MODEL_CARDS = "Model Studio model cards as mirrored in Maas-Model-platform "
            + "parsed_json (qwen-vl-max, qwen-vl-plus, qwen3-vl-plus, qwen3-vl-flash, wan2.6-r2v) [unconfirmed], read "
            + READ_ON;
    private static final String TEXT = "Model Studio model list as restated by public cost tables "
            + "(qwen-max 0.0024/0.0096元, qwen-plus 0.0008/0.002元 per thousand tokens) [unconfirmed], read " + READ_ON;
    private static final String IMAGE_EDIT = "Bailian console model cards restated in wfHelloWorld/my-ai-tool "
            + "(wan2.6-image and wan2.5-i2i-preview 0.2元/张) [unconfirmed], read " + READ_ON;
    private static final String T2I = "Wan text-to-image V2 API reference (help.aliyun.com/zh/model-studio/"
            + "text-to-image-v2-api-reference: wanx2.1-t2i-plus 0.20元/张, -turbo 0.14元/张; the wan2.2 plus and flash "
            + "models are listed at the same prices [unconfirmed]), read " + READ_ON;

    private static final PriceList LIST = PriceList.builder()
            .price("qwen-max", tokens(TEXT, "0.0024", "0.0096"))
            .price("qwen-plus", tokens(TEXT, "0.0008", "0.002"))
            .price("qwen-vl-max", tokens(MODEL_CARDS, "0.0016", "0.004"))
            .price("qwen-vl-plus", tokens(MODEL_CARDS, "0.0008", "0.002"))
            .price("qwen3-vl-plus", tokens(MODEL_CARDS + " (prompts up to 32K tokens)", "0.001", "0.01"))
            .price("qwen3-vl-flash", tokens(MODEL_CARDS + " (prompts up to 32K tokens)", "0.00015", "0.0015"))
            .price("wan2.2-t2i-plus", ModelPrice.from(T2I).per(Units.IMAGES, "0.20").build())
            .price("wan2.2-t2i-flash", ModelPrice.from(T2I).per(Units.IMAGES, "0.14").build())
            .price("wanx2.1-t2i-plus", ModelPrice.from(T2I).per(Units.IMAGES, "0.20").build())
            .price("wanx2.1-t2i-turbo", ModelPrice.from(T2I).per(Units.IMAGES, "0.14").build())
            .price("wan2.6-image", ModelPrice.from(IMAGE_EDIT).per(Units.IMAGES, "0.2").build())
            .price("wan2.5-i2i-preview", ModelPrice.from(IMAGE_EDIT).per(Units.IMAGES, "0.2").build())
            .price("wan2.2-i2v-plus", ModelPrice.from(I2V_T2V).per(Units.videoSeconds("480P"), "0.14")
                    .per(Units.videoSeconds("1080P"), "0.70").build())
            .price("wan2.2-i2v-flash", ModelPrice.from(KF2V + "; the same list price as wan2.2-kf2v-flash per "
                    + "docs.crazyrouter.com/video/wan [unconfirmed]").per(Units.videoSeconds("480P"), "0.10")
                    .per(Units.videoSeconds("720P"), "0.20").per(Units.videoSeconds("1080P"), "0.48").build())
            .price("wan2.2-kf2v-flash", ModelPrice.from(KF2V).per(Units.videoSeconds("480P"), "0.10")
                    .per(Units.videoSeconds("720P"), "0.20").per(Units.videoSeconds("1080P"), "0.48").build())
            .price("wanx2.1-i2v-plus", ModelPrice.from(I2V_21).per(Units.videoSeconds("720P"), "0.70").build())
            .price("wanx2.1-i2v-turbo", ModelPrice.from(I2V_21).per(Units.videoSeconds("480P"), "0.24")
                    .per(Units.videoSeconds("720P"), "0.24").build())
            .price("wan2.6-r2v", ModelPrice.from(MODEL_CARDS).per(Units.videoSeconds("720P"), "0.6")
                    .per(Units.videoSeconds("1080P"), "1").build())
            .price("qwen-tts", tokens(TTS, "0.0016", "0.01"))
            .price("qwen3-tts-flash", ModelPrice.from(TTS).perTenThousand(Units.CHARACTERS, "0.8").build())
            .build();

    private DashScopePrices() {
    }

    /** The default prices, China mainland list prices in yuan. */
    public static PriceList list() {
        return LIST;
    }

    private static ModelPrice tokens(String source, String inputPerThousand, String outputPerThousand) {
        return ModelPrice.from(source).perThousand(Units.INPUT_TOKENS, inputPerThousand)
                .perThousand(Units.OUTPUT_TOKENS, outputPerThousand).build();
    }
}
