package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.stages.internal.Prompts;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.TextRequest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paints the first frames of whole offline storyboards (copywriter, then painter, as the pipeline does) and checks
 * that consecutive boards look visibly different while each role keeps its clothes.
 */
class FrameVarietyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set the environment variable {@code FILMGEN_FRAMES_DUMP=/tmp/x} to keep the painted frames for a look. */
    private static final String DUMP = System.getenv("FILMGEN_FRAMES_DUMP");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"百炼椰汁,zh,20251125,3", "百炼椰汁,zh,20251125,4", "百炼椰汁,zh,11,4", "Choco Crunch snack,en,20251125,4",
            "轻跑运动鞋,zh,7,4", "Glow face cream,en,3,3", "空气炸锅,zh,20251125,4"})
    void consecutiveFramesDifferAndRolesKeepTheirClothes(String topic, String lang, long seed, int boards)
            throws Exception {
        ModelSet m = OfflineModels.builder().seed(seed).workDir(dir).voiceEngine(VoiceEngine.SILENT).build();
        Map<String, String> attrs = new HashMap<>(Map.of("topic", topic, "language", lang, "max_boards",
                String.valueOf(boards), "max_roles", "2"));
        for (String[] step : new String[][] {{"Script", "script_json"}, {"Storyboard", "boards_json"},
                {"RoleDescription", "roles_json"}, {"FirstFrameDescription", "frames_json"}}) {
            attrs.put(step[1], m.text().chat(new TextRequest("offline", List.of(ChatMessage.user("go")), null, null,
                    null, step[0], attrs)).text());
        }
        Map<String, MediaAsset> portraits = new HashMap<>();
        Map<String, String> clothes = new HashMap<>();
        for (JsonNode role : JSON.readTree(attrs.get("roles_json")).path("roles")) {
            String name = role.path("name").asText();
            clothes.put(name, role.path("clothes").asText());
            portraits.put(name, m.image().generate(new ImageRequest("offline", name + "，" + role.path("look").asText()
                    + "，" + clothes.get(name), null, 720, 1280, List.of(), null, null, "role:" + name)));
        }
        JsonNode boardList = JSON.readTree(attrs.get("boards_json")).path("boards");
        JsonNode frames = JSON.readTree(attrs.get("frames_json")).path("frames");
        List<BufferedImage> painted = new ArrayList<>();
        String label = topic.replace(' ', '_') + "-" + seed + "-" + boards;
        for (int i = 0; i < frames.size(); i++) {
            List<MediaAsset> refs = new ArrayList<>();
            List<String> wears = new ArrayList<>();
            for (JsonNode c : boardList.get(i).path("characters")) {
                refs.add(portraits.get(c.asText()));
                wears.add(c.asText() + ("zh".equals(lang) ? "穿着" : " wears ") + clothes.get(c.asText()));
            }
            // the prompt the FirstFrameImage stage sends: description, wardrobe block, style line
            String block = wears.isEmpty() ? "" : Prompts.fill("firstframeimage/first_frame_image", lang, "clothes", Map.of("clothes",
                    String.join("zh".equals(lang) ? "；" : "; ", wears)));
            String prompt = Prompts.fill("firstframeimage/first_frame_image", lang, "prompt", Map.of("description",
                    frames.get(i).path("description").asText(), "clothes", block));
            BufferedImage img = Pictures.read(m.image().generate(new ImageRequest("offline", prompt, null, 1280, 720,
                    refs, null, null, "frame:" + (i + 1))));
            painted.add(img);
            if (DUMP != null) {
                Files.createDirectories(Path.of(DUMP));
                ImageIO.write(img, "png", Path.of(DUMP, label + "-" + (i + 1) + ".png").toFile());
                Files.writeString(Path.of(DUMP, label + "-" + (i + 1) + ".txt"), prompt);
            }
            for (JsonNode c : boardList.get(i).path("characters")) {
                Color top = dev.filmgen.offline.internal.ColourWords.find(clothes.get(c.asText())).get(0);
                double share = Pictures.share(img, top, 16);
                assertTrue(share > 0.003, label + " frame " + (i + 1) + ": " + c.asText() + "'s clothes colour covers "
                        + share);
            }
        }
        for (int i = 1; i < painted.size(); i++) {
            double diff = Pictures.difference(painted.get(i - 1), painted.get(i));
            System.out.printf("%s frames %d→%d differ by %.1f/255%n", label, i, i + 1, diff);
            assertTrue(diff > 12, label + " frames " + i + " and " + (i + 1) + " differ by only " + diff);
        }
    }
}
