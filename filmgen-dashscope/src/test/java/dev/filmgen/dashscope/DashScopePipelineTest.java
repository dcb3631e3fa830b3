package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Resilience;
import dev.filmgen.TurnResult;
import dev.filmgen.compose.MediaInfo;
import dev.filmgen.compose.ffmpeg.FfmpegComposer;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.domain.Topic;
import dev.filmgen.intent.Intent;
import dev.filmgen.session.FileSessionStore;
import dev.filmgen.session.TaskRecord;
import dev.filmgen.stage.Stage;
import dev.filmgen.storage.LocalStorage;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * All twelve stages through the real DashScope adapters against a WireMock "Bailian" that answers every text
 * stage per the JSON contract and serves media this test made (a PNG, an H.264 clip, a WAV); the film is probed.
 * The first process stops while clips are still rendering; a second one resumes the same video tasks.
 */
class DashScopePipelineTest {
    private static final BailianTextStages TEXT = new BailianTextStages();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(TEXT)).build();

    @TempDir
    static Path media;

    @TempDir
    Path work;

    private static byte[] png;
    private static byte[] mp4;
    private static byte[] wav;

    @BeforeAll
    static void makeMedia() throws Exception {
        BufferedImage img = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.RED, 480, 270, Color.ORANGE));
        g.fillRect(0, 0, 480, 270);
        g.dispose();
        Path frame = media.resolve("frame.png");
        ImageIO.write(img, "png", frame.toFile());
        png = Files.readAllBytes(frame);
        mp4 = Files.readAllBytes(SyntheticMedia.clip(media.resolve("clip.mp4"), 480, 270, 12, 2.0, false));
        wav = Files.readAllBytes(SyntheticMedia.tone(media.resolve("voice.wav"), 1.5, 440, 24000, 1));
    }

    private void stubBailian(boolean clipsFinish) {
        String base = wm.baseUrl();
        wm.stubFor(post(urlPathEqualTo(FakeBailian.TEXT)).willReturn(aResponse().withTransformers(BailianTextStages.NAME)));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.T2I)).willReturn(FakeBailian.submitted("img-task")));
        wm.stubFor(get(urlPathMatching(FakeBailian.API + "/tasks/img-.*"))
                .willReturn(FakeBailian.imageDone("img", base + "/media/frame.png")));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.IMAGE_GENERATION)).willReturn(FakeBailian.submitted("ref-task")));
        wm.stubFor(get(urlPathMatching(FakeBailian.API + "/tasks/ref-.*"))
                .willReturn(FakeBailian.referenceImageDone("ref", base + "/media/frame.png")));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL))
                .withRequestBody(matchingJsonPath("$.model", equalTo("qwen-vl-max"))).willReturn(FakeBailian.verdict(8)));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.I2V)).willReturn(FakeBailian.submitted("vid-task")));
        wm.stubFor(get(urlPathMatching(FakeBailian.API + "/tasks/vid-.*")).willReturn(clipsFinish
                ? FakeBailian.videoDone("vid-task", base + "/media/clip.mp4") : FakeBailian.status("vid-task", "RUNNING")));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).withRequestBody(matchingJsonPath("$.model", equalTo("qwen3-tts-flash")))
                .willReturn(okJson("{\"request_id\":\"r\",\"output\":{\"finish_reason\":\"stop\",\"audio\":{\"url\":\""
                        + base + "/media/voice.wav\",\"id\":\"a\",\"expires_at\":1}},\"usage\":{}}")));
        wm.stubFor(get(urlPathEqualTo("/media/frame.png")).willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(png)));
        wm.stubFor(get(urlPathEqualTo("/media/clip.mp4")).willReturn(aResponse().withHeader("Content-Type", "video/mp4").withBody(mp4)));
        wm.stubFor(get(urlPathEqualTo("/media/voice.wav")).willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(wav)));
    }

    private FilmAgent agent(Duration videoDeadline) {
        DashScopeModels bailian = FakeBailian.models(wm).toBuilder().videoDeadline(videoDeadline).build();
        FilmConfig d = FilmConfig.defaults();
        FilmConfig config = new FilmConfig(d.stages(), d.intentModel(), 2, 1, d.aspect(), d.clipSeconds(), 5L,
                d.filmStyle());
        ModelRouter.builder().dashScope(bailian.modelSet()).build().validate(config);
        return bailian.agentBuilder()
                .config(config)
                .storage(LocalStorage.builder().root(work.resolve("store")).build())
                .composer(FfmpegComposer.builder().workRoot(work.resolve("compose")).build())
                .probe(new FfmpegProbe())
                .sessionStore(FileSessionStore.of(work.resolve("sessions")))
                .modelLimits(ModelLimits.create())
                .resilience(Resilience.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
                .workDir(work.resolve("turns"))
                .build();
    }

    @Test
    void twelveStagesThroughBailianResumingClipsAfterARestartWithoutPayingTwice() {
        stubBailian(false);
        TurnResult first;
        try (FilmAgent agent = agent(Duration.ofMillis(300))) {
            first = agent.generate("kettle", Topic.of("a red kettle for busy mornings"), null);
        }
        assertFalse(first.ok(), "clips were still rendering when the first process stopped");
        assertTrue(first.failures().stream().anyMatch(f -> f.stage() == Stage.VIDEO), first.reply());
        assertEquals(2, FakeBailian.submissions(wm, FakeBailian.I2V), "one clip task per board");
        assertEquals(2, first.session().tasks().values().stream()
                .filter(t -> t.stage() == Stage.VIDEO && t.status() == TaskRecord.Status.SUBMITTED).count());
        int textCalls = FakeBailian.submissions(wm, FakeBailian.TEXT);
        int imageCalls = FakeBailian.submissions(wm, FakeBailian.T2I);
        int referenceCalls = FakeBailian.submissions(wm, FakeBailian.IMAGE_GENERATION);

        stubBailian(true);
        TurnResult second;
        try (FilmAgent restarted = agent(Duration.ofSeconds(20))) {
            second = restarted.run("kettle", new Intent.MakeFilm(), null);
        }

        assertTrue(second.ok(), second.reply());
        assertEquals(EnumSet.allOf(Stage.class), second.session().completed());
        assertEquals(2, FakeBailian.submissions(wm, FakeBailian.I2V), "the restart polled the same tasks");
        assertEquals(textCalls, FakeBailian.submissions(wm, FakeBailian.TEXT), "finished text was reused");
        assertEquals(imageCalls, FakeBailian.submissions(wm, FakeBailian.T2I), "finished pictures were reused");
        assertEquals(referenceCalls, FakeBailian.submissions(wm, FakeBailian.IMAGE_GENERATION));
        assertEquals(6, TEXT.calls.values().stream().mapToInt(AtomicInteger::get).sum(), TEXT.calls.toString());
        assertEquals(1 + 1, imageCalls, "product picture and portrait from text");
        assertEquals(2, referenceCalls, "both first frames keep a character or the product: the reference model");
        assertTrue(wm.findAll(getRequestedFor(urlPathEqualTo("/media/clip.mp4"))).size() >= 2);

        Path film = Path.of(second.session().film().video().uri());
        MediaInfo info = new FfmpegProbe().probe(film);
        assertTrue(info.video().isPresent() && info.audio().isPresent(), info.toString());
        assertEquals(480, info.video().get().width());
        assertTrue(info.durationSeconds() >= 3.0, "two boards of at least the voice length: " + info);
    }
}
