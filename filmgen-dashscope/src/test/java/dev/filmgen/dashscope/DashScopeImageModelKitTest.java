package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.model.ImageModel;
import dev.filmgen.testing.kit.ImageModelKit;
import dev.filmgen.testing.kit.KitMedia;
import dev.filmgen.testing.kit.ProviderFault;
import dev.filmgen.testing.kit.RemoteModelKit;
import dev.filmgen.testing.kit.RemoteTaskKit;
import java.awt.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The DashScope picture port with a text-to-image model (async task and poll) keeps the image-model contract
 * against the fake Bailian: failures, journaled and resumed tasks, an expired task, a task that ends FAILED.
 */
class DashScopeImageModelKitTest extends ImageModelKit implements RemoteModelKit, RemoteTaskKit {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The submission path of {@link #modelName()}. */
    protected String path() {
        return FakeBailian.T2I;
    }

    @BeforeEach
    void tasksForBothAspects() {
        for (int[] size : new int[][] {{WIDE, NARROW}, {NARROW, WIDE}}) {
            String name = size[0] + "x" + size[1];
            String url = KitBailian.serve(wm, name + ".png", "image/png", KitMedia.png(size[0], size[1], Color.ORANGE));
            wm.stubFor(post(urlPathEqualTo(path()))
                    .withRequestBody(matchingJsonPath("$.parameters.size", equalTo(size[0] + "*" + size[1])))
                    .willReturn(FakeBailian.submitted("t-" + name)));
            KitBailian.task(wm, "t-" + name, done("t-" + name, url));
        }
    }

    /** The finished-task answer of this model family. */
    protected com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder done(String taskId, String url) {
        return FakeBailian.imageDone(taskId, url);
    }

    @Override
    protected ImageModel model() {
        return FakeBailian.models(wm).image();
    }

    @Override
    protected String modelName() {
        return "wan2.2-t2i-plus";
    }

    @Override
    public void failNextCall(ProviderFault fault) {
        KitBailian.failNextPost(wm, path(), fault, false);
    }

    @Override
    public String secret() {
        return FakeBailian.KEY;
    }

    @Override
    public String finishedTask() {
        return "t-" + WIDE + "x" + NARROW;
    }

    @Override
    public String expiredTask() {
        KitBailian.task(wm, "t-expired", FakeBailian.status("t-expired", "UNKNOWN"));
        return "t-expired";
    }

    @Override
    public void failNextTask() {
        KitBailian.answerNextPost(wm, path(), FakeBailian.submitted("t-failed"));
        KitBailian.task(wm, "t-failed", KitBailian.failedTask("t-failed"));
    }

    @Override
    public int submissions() {
        return FakeBailian.submissions(wm, path());
    }
}
