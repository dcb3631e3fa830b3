package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.model.TextModel;
import dev.filmgen.testing.kit.ProviderFault;
import dev.filmgen.testing.kit.RemoteModelKit;
import dev.filmgen.testing.kit.TextModelKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DashScope chat port keeps the text-model contract against the fake Bailian, failures included. */
class DashScopeTextModelKitTest extends TextModelKit implements RemoteModelKit {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String STREAM = DashScopeTextModelTest.event(1, "{\\\"title\\\":", "null",
            "{\"input_tokens\":40,\"output_tokens\":3}")
            + DashScopeTextModelTest.event(2, " \\\"Warm All Day\\\"", "null", "{\"input_tokens\":40,\"output_tokens\":7}")
            + DashScopeTextModelTest.event(3, "}", "stop", "{\"input_tokens\":40,\"output_tokens\":8}");

    @BeforeEach
    void answers() {
        wm.stubFor(post(urlPathEqualTo(FakeBailian.TEXT)).willReturn(DashScopeTextModelTest.sse(STREAM)));
    }

    @Override
    protected TextModel model() {
        return FakeBailian.models(wm).text();
    }

    @Override
    protected String modelName() {
        return "qwen-max";
    }

    @Override
    public void failNextCall(ProviderFault fault) {
        KitBailian.failNextPost(wm, FakeBailian.TEXT, fault, true);
    }

    @Override
    public String secret() {
        return FakeBailian.KEY;
    }
}
