package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.model.VisionModel;
import dev.filmgen.testing.kit.ProviderFault;
import dev.filmgen.testing.kit.RemoteModelKit;
import dev.filmgen.testing.kit.VisionModelKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DashScope vision port (qvq-max, streamed with reasoning) keeps the vision-model contract against the fake. */
class DashScopeVisionModelKitTest extends VisionModelKit implements RemoteModelKit {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static String event(int id, String reasoning, String text) {
        String content = text == null ? "[]" : "[{\"text\":\"" + text + "\"}]";
        return "id:" + id + "\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":{\"content\":"
                + content + ",\"reasoning_content\":\"" + reasoning + "\",\"role\":\"assistant\"},\"finish_reason\":"
                + "\"null\"}]},\"usage\":{\"input_tokens\":900,\"output_tokens\":" + id + "},\"request_id\":\"req-v\"}\n\n";
    }

    @BeforeEach
    void aDescription() {
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).willReturn(DashScopeTextModelTest.sse(
                event(1, "The picture shows", null) + event(2, "", "A blue square on a white gradient.")
                        + event(3, "", " No text."))));
    }

    @Override
    protected VisionModel model() {
        return FakeBailian.models(wm).vision();
    }

    @Override
    protected String modelName() {
        return "qvq-max";
    }

    @Override
    public void failNextCall(ProviderFault fault) {
        KitBailian.failNextPost(wm, FakeBailian.MULTIMODAL, fault, true);
    }

    @Override
    public String secret() {
        return FakeBailian.KEY;
    }
}
