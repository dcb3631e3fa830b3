package dev.filmgen.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.stage.Stage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineModelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theConfigNamesTheOfflineModelEverywhereAModelIsUsed() {
        FilmConfig c = OfflineModels.config(FilmConfig.defaults());
        for (Stage s : Stage.values()) {
            StageConfig sc = c.stage(s);
            if (s != Stage.TOPIC && s != Stage.FILM) {
                assertEquals("offline", sc.model(), s.name());
            }
        }
        assertEquals("offline", c.stage(Stage.SCRIPT).t2iModel());
        assertEquals("offline", c.stage(Stage.SCRIPT).vlModel());
    }

    @Test
    void oneBoardGoesFromTopicToPictureClipAndVoice() throws Exception {
        ModelSet m = OfflineModels.builder().seed(9).workDir(dir).voiceEngine(VoiceEngine.SILENT).build();
        Map<String, String> attrs = new HashMap<>(Map.of("topic", "百炼椰汁", "language", "zh", "max_boards", "4",
                "max_roles", "2", "voices", "Chelsie,Cherry,Ethan,Serena,Dylan,Jada,Sunny"));
        for (String[] step : new String[][] {{"Script", "script_json"}, {"Storyboard", "boards_json"},
                {"RoleDescription", "roles_json"}, {"FirstFrameDescription", "frames_json"}}) {
            attrs.put(step[1], m.text().chat(new TextRequest("offline", List.of(ChatMessage.user("go")), null, null,
                    null, step[0], attrs)).text());
        }
        JsonNode frames = JSON.readTree(attrs.get("frames_json")).path("frames");
        JsonNode cams = JSON.readTree(m.text().chat(new TextRequest("offline", List.of(ChatMessage.user("go")), null,
                null, null, "VideoDescription", attrs)).text()).path("cameras");
        JsonNode lines = JSON.readTree(m.text().chat(new TextRequest("offline", List.of(ChatMessage.user("go")), null,
                null, null, "Line", attrs)).text()).path("lines");
        JsonNode role = JSON.readTree(attrs.get("roles_json")).path("roles").get(0);

        MediaAsset portrait = m.image().generate(new ImageRequest("offline", role.path("name").asText() + "，"
                + role.path("look").asText() + "，" + role.path("clothes").asText(), null, 720, 1280, List.of(), null,
                null, "role:" + role.path("name").asText()));
        MediaAsset still = m.image().generate(new ImageRequest("offline", frames.get(0).path("description").asText(),
                null, 1280, 720, List.of(portrait), null, null, "frame:1"));
        BufferedImage img = Pictures.read(still);
        assertTrue(Pictures.share(img, new Color(0xE0413A), 16) > 0.01, "小夏's red T-shirt is in frame 1");

        MediaAsset clip = m.video().generate(new VideoRequest("offline", still, cams.get(0).path("description")
                .asText(), "720P", 5, null, null, "clip:1"));
        assertEquals(5.0, new FfmpegProbe().probe(Path.of(clip.uri())).durationSeconds(), 0.1);

        MediaAsset voice = m.speech().speak(new SpeechRequest("offline", lines.get(0).path("text").asText(),
                lines.get(0).path("voice").asText(), "zh", "voice:1"));
        assertTrue(voice.durationSeconds() >= 1.0);
        for (MediaAsset a : List.of(portrait, still, clip, voice)) {
            assertTrue(Path.of(a.uri()).startsWith(dir), a.uri() + " is in the work folder");
        }
        assertTrue(m.vision().describe(new dev.filmgen.model.VisionRequest("offline", still, "描述"))
                .startsWith(OfflineViewer.LABEL_ZH));
    }
}
