package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.CallKind;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Resilience;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.cost.Charge;
import dev.filmgen.domain.FrameCheck;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.domain.Topic;
import dev.filmgen.intent.Intent;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default DashScope preset keeps the seller's product and the characters: against a WireMock "Bailian", boards
 * that show the product or a character go to the reference model with exactly their references (the user's product
 * photo, the portraits of the board's characters), a board with neither is painted from text; a judge's score below
 * the minimum makes exactly one more picture; a restarted process that resumes the film pays for no judged frame
 * again; and a product photo that shows a person becomes the reference of the lead's portrait.
 */
class IdentityPresetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOARDS = "{\"boards\":[{\"board\":1,\"characters\":[\"Mia\"],\"picture\":\"Mia pours "
            + "hot water from the red kettle\",\"narration\":\"Mornings start here.\"},{\"board\":2,\"characters\":[],"
            + "\"picture\":\"Close-up of the kettle steaming\",\"narration\":\"Boil in style.\"},{\"board\":3,"
            + "\"characters\":[\"Passer-by\"],\"picture\":\"An empty street at dawn\",\"narration\":\"The city wakes.\"}]}";
    private static final String FRAMES = "{\"frames\":[{\"board\":1,\"description\":\"Mia pouring from the red kettle at "
            + "the sink\"},{\"board\":2,\"description\":\"The red kettle on the hob, steam rising\"},{\"board\":3,"
            + "\"description\":\"A quiet street at dawn, nobody in sight\"}]}";
    private static final String CAMERAS = "{\"cameras\":[{\"board\":1,\"description\":\"slow push in\"},{\"board\":2,"
            + "\"description\":\"static close-up\"},{\"board\":3,\"description\":\"pan left\"}]}";
    private static final String LINES = "{\"lines\":[{\"board\":1,\"speaker\":\"Mia\",\"text\":\"Mornings start here.\","
            + "\"voice\":\"Cherry\"},{\"board\":2,\"speaker\":\"narrator\",\"text\":\"Boil in style.\",\"voice\":"
            + "\"Ethan\"},{\"board\":3,\"speaker\":\"narrator\",\"text\":\"The city wakes.\",\"voice\":\"Ethan\"}]}";
    private static final BailianTextStages TEXT = new BailianTextStages(Map.of("Storyboard", BOARDS,
            "FirstFrameDescription", FRAMES, "VideoDescription", CAMERAS, "Line", LINES));

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(TEXT)).build();

    @TempDir
    static Path media;

    @TempDir
    Path work;

    private static byte[] photo;
    private static byte[] painted;
    private static byte[] mp4;
    private static byte[] wav;

    @BeforeAll
    static void makeMedia() throws Exception {
        photo = png(Color.BLUE);
        painted = png(Color.ORANGE);
        mp4 = Files.readAllBytes(SyntheticMedia.clip(media.resolve("clip.mp4"), 480, 270, 12, 2.0, false));
        wav = Files.readAllBytes(SyntheticMedia.tone(media.resolve("voice.wav"), 1.5, 440, 24000, 1));
    }

    private static byte[] png(Color c) throws Exception {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private void stubBailian(boolean clipsFinish) {
        String base = wm.baseUrl();
        wm.stubFor(post(urlPathEqualTo(FakeBailian.TEXT)).willReturn(aResponse().withTransformers(BailianTextStages.NAME)));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.T2I)).willReturn(FakeBailian.submitted("img-task")));
        wm.stubFor(get(urlPathMatching(FakeBailian.API + "/tasks/img-.*"))
                .willReturn(FakeBailian.imageDone("img", base + "/media/painted.png")));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.IMAGE_GENERATION)).willReturn(FakeBailian.submitted("ref-task")));
        wm.stubFor(get(urlPathMatching(FakeBailian.API + "/tasks/ref-.*"))
                .willReturn(FakeBailian.referenceImageDone("ref", base + "/media/painted.png")));
        // the product photo's description (Script) and the lead's "is there a person" question: no person
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).withRequestBody(matchingJsonPath("$.model", equalTo("qvq-max")))
                .willReturn(DashScopeTextModelTest.sse("id:1\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":"
                        + "[{\"message\":{\"content\":[{\"text\":\"A blue product card, no person.\"}],\"role\":"
                        + "\"assistant\"},\"finish_reason\":\"stop\"}]},\"usage\":{\"input_tokens\":900,"
                        + "\"output_tokens\":12},\"request_id\":\"r\"}\n\n")));
        // the judge: 9 for every frame but board 2's first, which scores 4
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).atPriority(5)
                .withRequestBody(matchingJsonPath("$.model", equalTo("qwen-vl-max"))).willReturn(FakeBailian.verdict(9)));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).atPriority(1).inScenario("board-2")
                .whenScenarioStateIs(Scenario.STARTED).withRequestBody(containing("steam rising"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("qwen-vl-max")))
                .willReturn(FakeBailian.verdict(4)).willSetStateTo("judged once"));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.I2V)).willReturn(FakeBailian.submitted("vid-task")));
        wm.stubFor(get(urlPathMatching(FakeBailian.API + "/tasks/vid-.*")).willReturn(clipsFinish
                ? FakeBailian.videoDone("vid-task", base + "/media/clip.mp4") : FakeBailian.status("vid-task", "RUNNING")));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).withRequestBody(matchingJsonPath("$.model", equalTo("qwen3-tts-flash")))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"request_id\":\"r\",\"output\":{\"finish_reason\":\"stop\",\"audio\":"
                        + "{\"url\":\"" + base + "/media/voice.wav\",\"id\":\"a\",\"expires_at\":1}},\"usage\":{}}")));
        wm.stubFor(get(urlPathEqualTo("/media/photo.png")).willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(photo)));
        wm.stubFor(get(urlPathEqualTo("/media/painted.png")).willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(painted)));
        wm.stubFor(get(urlPathEqualTo("/media/clip.mp4")).willReturn(aResponse().withHeader("Content-Type", "video/mp4").withBody(mp4)));
        wm.stubFor(get(urlPathEqualTo("/media/voice.wav")).willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(wav)));
    }

    private FilmAgent agent(Duration videoDeadline) {
        DashScopeModels bailian = FakeBailian.models(wm).toBuilder().videoDeadline(videoDeadline).build();
        FilmConfig d = FilmConfig.defaults();
        return bailian.agentBuilder()
                .config(new FilmConfig(d.stages(), d.intentModel(), 3, 1, d.aspect(), d.clipSeconds(), 5L, d.filmStyle()))
                .storage(LocalStorage.builder().root(work.resolve("store")).build())
                .composer(FfmpegComposer.builder().workRoot(work.resolve("compose")).build())
                .probe(new FfmpegProbe())
                .sessionStore(FileSessionStore.of(work.resolve("sessions")))
                .modelLimits(ModelLimits.create())
                .resilience(Resilience.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
                .remoteMediaPolicy(RemoteMediaPolicy.builder().allowPrivateHosts(true).build())
                .workDir(work.resolve("turns"))
                .build();
    }

    private static List<JsonNode> bodies(String path) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (LoggedRequest r : wm.findAll(postRequestedFor(urlPathEqualTo(path)))) {
            out.add(JSON.readTree(r.getBodyAsString()));
        }
        return out;
    }

    private static List<JsonNode> judgeBodies() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode b : bodies(FakeBailian.MULTIMODAL)) {
            if (b.path("model").asText().equals("qwen-vl-max")) {
                out.add(b);
            }
        }
        return out;
    }

    private static String dataUri(byte[] bytes) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** The reference-model request whose prompt contains {@code words}, and its images in order. */
    private static List<JsonNode> referenceRequests(String words) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode b : bodies(FakeBailian.IMAGE_GENERATION)) {
            if (b.path("input").path("messages").get(0).path("content").get(0).path("text").asText().contains(words)) {
                found.add(b);
            }
        }
        return found;
    }

    private static List<String> images(JsonNode body) {
        List<String> out = new ArrayList<>();
        for (JsonNode part : body.path("input").path("messages").get(0).path("content")) {
            if (part.has("image")) {
                out.add(part.get("image").asText());
            }
        }
        return out;
    }

    @Test
    void theProductAndTheRightPortraitsGoToTheReferenceModelAndAJudgedFrameIsNeverPaidTwice() throws Exception {
        stubBailian(false);
        Topic topic = new Topic("a red kettle for busy mornings",
                MediaAsset.of(URI.create(wm.baseUrl() + "/media/photo.png"), "image/png"));
        TurnResult first;
        try (FilmAgent agent = agent(Duration.ofMillis(300))) {
            first = agent.generate("identity", topic, null);
        }
        assertTrue(first.failures().stream().allMatch(f -> f.stage() == Stage.VIDEO), first.reply());

        // board 1 shows Mia with the kettle: the photo first, then her portrait (painted from text: no person in the photo)
        List<JsonNode> board1 = referenceRequests("Mia pouring");
        assertEquals(1, board1.size());
        assertEquals("wan2.6-image", board1.get(0).path("model").asText());
        String portrait = images(board1.get(0)).get(1);
        assertEquals(List.of(dataUri(photo), portrait), images(board1.get(0)));
        assertEquals(dataUri(painted), portrait, "the portrait stored from the text-to-image call");
        assertTrue(board1.get(0).toString().contains("Image 1 is the product"), board1.get(0).toString());
        // board 2 is a product shot: the photo alone, twice because the first picture scored 4
        List<JsonNode> board2 = referenceRequests("steam rising");
        assertEquals(2, board2.size(), "a score of 4 makes exactly one more picture");
        for (JsonNode b : board2) {
            assertEquals(List.of(dataUri(photo)), images(b));
        }
        // board 3 shows neither the product nor a character with a portrait: text to image, no references
        List<JsonNode> t2i = bodies(FakeBailian.T2I);
        assertEquals(2, t2i.size(), "Mia's portrait and board 3's frame");
        JsonNode street = t2i.stream().filter(b -> b.path("input").path("prompt").asText().contains("quiet street"))
                .findFirst().orElseThrow();
        assertFalse(street.path("input").has("images"), street.toString());
        assertEquals("wan2.2-t2i-plus", street.path("model").asText());

        // the judge saw each frame with its references, and the session keeps every candidate
        List<JsonNode> judged = judgeBodies();
        assertEquals(4, judged.size(), "boards 1 and 3 once, board 2 twice");
        FrameCheck check2 = first.session().frameChecks().get(1);
        assertEquals(2, check2.candidates().size());
        assertEquals(1, check2.chosen());
        assertEquals(9.0, check2.score());
        assertEquals(4.0, check2.candidates().get(0).score());
        Charge judgeCharge = first.session().charges().stream()
                .filter(c -> c.kind() == CallKind.VISION && c.model().equals("qwen-vl-max")).findFirst().orElseThrow();
        assertFalse(judgeCharge.estimated(), "the judge's usage comes from the service");
        assertEquals(3200, judgeCharge.units().get("input_tokens"));

        int references = FakeBailian.submissions(wm, FakeBailian.IMAGE_GENERATION);
        int texts = FakeBailian.submissions(wm, FakeBailian.T2I);
        int judgements = judged.size();
        stubBailian(true);
        TurnResult resumed;
        try (FilmAgent restarted = agent(Duration.ofSeconds(20))) {
            resumed = restarted.run("identity", new Intent.MakeFilm(), null);
            assertTrue(resumed.ok(), resumed.reply());
            TurnResult again = restarted.run("identity", new Intent.RunStage(Stage.FIRST_FRAME_IMAGE), null);
            assertTrue(again.ok(), again.reply());
            assertEquals(0, again.cost().calls(), "re-running the stage reuses every picture and verdict");
            assertEquals(4 + 4, again.cost().reused(), "four pictures and four verdicts");
        }
        assertEquals(references, FakeBailian.submissions(wm, FakeBailian.IMAGE_GENERATION));
        assertEquals(texts, FakeBailian.submissions(wm, FakeBailian.T2I));
        assertEquals(judgements, judgeBodies().size(), "no frame was judged twice");
        assertEquals(3, FakeBailian.submissions(wm, FakeBailian.I2V), "the restart polled the same clip tasks");
        // three 5-second clips at 1080P, ¥0.70 a second: the only thing the resumed turn paid for
        assertEquals(0, new BigDecimal("10.50").compareTo(resumed.cost().total()), resumed.cost().summary());
        assertEquals(3, resumed.cost().stage(Stage.VIDEO).calls());
    }

    @Test
    void aProductPhotoShowingAPersonMakesTheLeadsPortraitFromItWithTheReferenceModel() throws Exception {
        stubBailian(true);
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.model", equalTo("qvq-max")))
                .withRequestBody(containing("Answer with one word"))
                .willReturn(DashScopeTextModelTest.sse("id:1\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":"
                        + "[{\"message\":{\"content\":[{\"text\":\"Yes.\"}],\"role\":\"assistant\"},\"finish_reason\":"
                        + "\"stop\"}]},\"usage\":{\"input_tokens\":880,\"output_tokens\":2},\"request_id\":\"r\"}\n\n")));
        Topic topic = new Topic("a red kettle for busy mornings",
                MediaAsset.of(URI.create(wm.baseUrl() + "/media/photo.png"), "image/png"));
        TurnResult r;
        try (FilmAgent agent = agent(Duration.ofSeconds(20))) {
            r = agent.generate("person", topic, null);
        }
        assertTrue(r.ok(), r.reply());

        List<JsonNode> portrait = referenceRequests("Image 1 is the person in the seller's product photo: paint Mia");
        assertEquals(1, portrait.size(), "Mia's portrait is made from the photo");
        assertEquals("wan2.6-image", portrait.get(0).path("model").asText());
        assertEquals(List.of(dataUri(photo)), images(portrait.get(0)), "the photo is the portrait's only reference");
        List<JsonNode> t2i = bodies(FakeBailian.T2I);
        assertEquals(1, t2i.size(), "only board 3's frame is painted from text: " + t2i);
        assertTrue(t2i.get(0).path("input").path("prompt").asText().contains("quiet street"), t2i.toString());
        Charge question = r.session().charges().stream().filter(c -> c.stage() == Stage.ROLE_IMAGE
                && c.kind() == CallKind.VISION).findFirst().orElseThrow();
        assertEquals("qvq-max", question.model());
        assertEquals(880, question.units().get("input_tokens"), "the question's tokens as the service billed them");
    }
}
