package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.VisionRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline viewer as the first-frame judge: it measures how much of each reference's colours a frame holds and
 * answers the verdict JSON, so a frame painted with the product and a portrait scores high and a frame without them
 * scores low.
 */
class OfflineJudgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "You check the first frame of a product advertisement before it is animated. "
            + "Image 1 is the frame. The images after it are references: image 2 is the product \u201CAurora Flask\u201D,"
            + " image 3 is Mia.\nThe frame was made from this description: Mia holds the flask\n"
            + "Reply with one JSON object: {\"score\": 7, \"reason\": \"\"}";

    @TempDir
    Path dir;

    private final ModelSet models = OfflineModels.builder().seed(3).voiceEngine(VoiceEngine.SILENT).build();

    private MediaAsset paint(String prompt, List<MediaAsset> refs, String purpose, int w, int h) {
        return models.image().generate(new ImageRequest("offline", prompt, null, w, h, refs, null, null, purpose));
    }

    private JsonNode judge(MediaAsset frame, List<MediaAsset> refs) throws Exception {
        String answer = new OfflineViewer().describe(new VisionRequest("offline", frame, QUESTION, refs));
        return JSON.readTree(answer);
    }

    @Test
    void aFramePaintedWithTheProductAndThePortraitScoresWellAndSaysItMeasured() throws Exception {
        MediaAsset product = paint("产品图：一只宝蓝色的保温杯“Aurora Flask”，白色背景", List.of(), "product", 1024, 1024);
        MediaAsset mia = paint("Mia, young woman, short black hair, red wool coat, city street", List.of(), "role:Mia",
                720, 1280);
        MediaAsset frame = paint("Mia holds the royal blue “Aurora Flask” at a bus stop\nWardrobe: Mia wears red"
                + " wool coat.", List.of(product, mia), "frame:1", 1280, 720);

        JsonNode v = judge(frame, List.of(product, mia));

        assertTrue(v.path("score").asDouble() >= 6, v.toString());
        assertEquals(true, v.path("product_present").asBoolean(), v.toString());
        assertTrue(v.path("roles").has("Mia"), v.toString());
        assertTrue(v.path("reason").asText().startsWith(OfflineViewer.LABEL_EN), v.toString());
        assertTrue(v.path("text_garbled").isNull());
    }

    @Test
    void aFrameWithoutTheProductsColoursScoresBelowTheMinimum() throws Exception {
        MediaAsset product = paint("产品图：一只宝蓝色的保温杯“Aurora Flask”，白色背景", List.of(), "product", 1024, 1024);
        MediaAsset mia = paint("Mia, young woman, short black hair, red wool coat, city street", List.of(), "role:Mia",
                720, 1280);
        BufferedImage grey = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(0x808078));
        g.fillRect(0, 0, 1280, 720);
        g.setColor(new Color(0x2E7D32));
        g.fillRect(100, 300, 1080, 300);
        g.dispose();
        Path p = dir.resolve("grey.png");
        ImageIO.write(grey, "png", p.toFile());

        JsonNode v = judge(MediaAsset.of(p.toUri(), "image/png"), List.of(product, mia));

        assertTrue(v.path("score").asDouble() < 6, v.toString());
        assertEquals(false, v.path("product_recognisable").asBoolean(), v.toString());
        assertEquals(false, v.path("roles").path("Mia").asBoolean(), v.toString());
    }

    @Test
    void aChineseQuestionGetsAChineseReason() throws Exception {
        MediaAsset product = paint("产品图：一只宝蓝色的保温杯“暖暖杯”，白色背景", List.of(), "product", 1024, 1024);
        MediaAsset frame = paint("办公桌上的宝蓝色保温杯“暖暖杯”特写", List.of(product), "frame:2", 1280, 720);
        String zh = "你负责检查首帧。图1是要检查的首帧。后面的图是参考图：图2是产品“暖暖杯”。只回复一个 JSON 对象：{\"score\": 7}";
        JsonNode v = JSON.readTree(new OfflineViewer().describe(new VisionRequest("offline", frame, zh,
                List.of(product))));
        assertTrue(v.path("reason").asText().startsWith(OfflineViewer.LABEL_ZH), v.toString());
        assertTrue(v.path("score").asDouble() >= 6, v.toString());
    }
}
