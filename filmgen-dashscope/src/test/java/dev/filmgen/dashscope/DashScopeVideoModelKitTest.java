package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.compose.MediaProbe;
import dev.filmgen.compose.ffmpeg.FfmpegProbe;
import dev.filmgen.compose.ffmpeg.testing.SyntheticMedia;
import dev.filmgen.model.VideoModel;
import dev.filmgen.testing.kit.ProviderFault;
import dev.filmgen.testing.kit.RemoteModelKit;
import dev.filmgen.testing.kit.RemoteTaskKit;
import dev.filmgen.testing.kit.VideoModelKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DashScope clip port (wan2.2-i2v-plus, async task and poll) keeps the video-model contract against the fake
 * Bailian, which serves a small 5-second 16:9 clip as the task's result (the model makes 5-second clips only).
 */
class DashScopeVideoModelKitTest extends VideoModelKit implements RemoteModelKit, RemoteTaskKit {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path dir;
    private static byte[] clip;

    @BeforeAll
    static void makeClip() throws IOException {
        clip = Files.readAllBytes(SyntheticMedia.clip(dir.resolve("result.mp4"), 320, 180, 10, 5, false));
    }

    @BeforeEach
    void aTaskThatSucceeds() {
        String url = KitBailian.serve(wm, "clip.mp4", "video/mp4", clip);
        wm.stubFor(post(urlPathEqualTo(FakeBailian.I2V)).willReturn(FakeBailian.submitted("v-1")));
        KitBailian.task(wm, "v-1", FakeBailian.videoDone("v-1", url));
    }

    @Override
    protected VideoModel model() {
        return FakeBailian.models(wm).video();
    }

    @Override
    protected String modelName() {
        return "wan2.2-i2v-plus";
    }

    @Override
    protected MediaProbe probe() {
        return new FfmpegProbe();
    }

    @Override
    protected int seconds() {
        return 5;
    }

    @Override
    public void failNextCall(ProviderFault fault) {
        KitBailian.failNextPost(wm, FakeBailian.I2V, fault, false);
    }

    @Override
    public String secret() {
        return FakeBailian.KEY;
    }

    @Override
    public String finishedTask() {
        return "v-1";
    }

    @Override
    public String expiredTask() {
        KitBailian.task(wm, "v-expired", FakeBailian.status("v-expired", "UNKNOWN"));
        return "v-expired";
    }

    @Override
    public void failNextTask() {
        KitBailian.answerNextPost(wm, FakeBailian.I2V, FakeBailian.submitted("v-failed"));
        KitBailian.task(wm, "v-failed", KitBailian.failedTask("v-failed"));
    }

    @Override
    public int submissions() {
        return FakeBailian.submissions(wm, FakeBailian.I2V);
    }
}
