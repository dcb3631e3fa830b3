package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.testing.kit.KitMedia;
import dev.filmgen.testing.kit.ProviderFault;
import dev.filmgen.testing.kit.RemoteModelKit;
import dev.filmgen.testing.kit.SpeechModelKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DashScope voice port (qwen-tts, synchronous) keeps the speech-model contract against the fake Bailian. */
class DashScopeSpeechModelKitTest extends SpeechModelKit implements RemoteModelKit {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void aVoiceTrack() {
        String url = KitBailian.serve(wm, "voice.wav", "audio/wav", KitMedia.wav(1.5, 220, 0.4, 24000, 1));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).willReturn(okJson("{\"request_id\":\"req-tts\","
                + "\"output\":{\"finish_reason\":\"stop\",\"audio\":{\"url\":\"" + url + "\",\"data\":\"\","
                + "\"id\":\"audio_1\",\"expires_at\":1767225600}},\"usage\":{\"input_tokens\":12,\"output_tokens\":60}}")));
    }

    @Override
    protected SpeechModel model() {
        return FakeBailian.models(wm).speech();
    }

    @Override
    protected String modelName() {
        return "qwen-tts";
    }

    @Override
    protected String voice() {
        return "Cherry";
    }

    @Override
    public void failNextCall(ProviderFault fault) {
        KitBailian.failNextPost(wm, FakeBailian.MULTIMODAL, fault, false);
    }

    @Override
    public String secret() {
        return FakeBailian.KEY;
    }
}
