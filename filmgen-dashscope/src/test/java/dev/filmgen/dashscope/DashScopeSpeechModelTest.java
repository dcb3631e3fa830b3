package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.filmgen.dashscope.FakeBailian.KEY;
import static dev.filmgen.dashscope.FakeBailian.MULTIMODAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashScopeSpeechModelTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String DONE = "{\"request_id\":\"req-tts\",\"output\":{\"finish_reason\":\"stop\","
            + "\"audio\":{\"url\":\"http://result.example/voice-1.wav?Expires=1\",\"data\":\"\",\"id\":\"audio_1\","
            + "\"expires_at\":1758187426}},\"usage\":{\"input_tokens\":12,\"output_tokens\":60}}";

    private SpeechModel model() {
        return FakeBailian.models(wm).speech();
    }

    /**
     * Guards the Java 17 fix: with the SDK's own Gson 2.8.9, {@code MultiModalConversation} fails with
     * InaccessibleObjectException when it serialises the request; the managed Gson 2.13.2 must stay.
     */
    @Test
    void speaksWithTheRequestedVoiceOnJava17WithoutJvmFlags() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("X-DashScope-Async", absent())
                .withRequestBody(equalToJson("{\"model\":\"qwen-tts\",\"input\":{\"text\":\"Boil water in style.\","
                        + "\"voice\":\"Ethan\"}}", false, true))
                .willReturn(okJson(DONE)));

        MediaAsset voice = model().speak(new SpeechRequest("qwen-tts", "Boil water in style.", "Ethan", "en", "voice:1"));

        assertEquals("http://result.example/voice-1.wav?Expires=1", voice.uri().toString());
        assertEquals("audio/wav", voice.mediaType());
    }

    @Test
    void eachModelSpeaksOnlyTheVoicesOfItsTableInTheTablesSpelling() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).withRequestBody(matchingJsonPath("$.input.voice", equalTo("Dylan")))
                .willReturn(okJson(DONE)));
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).withRequestBody(matchingJsonPath("$.input.voice", equalTo("Momo")))
                .willReturn(okJson(DONE)));
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).withRequestBody(matchingJsonPath("$.input.voice", equalTo("Aurora")))
                .willReturn(okJson(DONE)));

        assertEquals("audio/wav", model().speak(new SpeechRequest("qwen-tts-latest", "你好", "dylan", "zh", null))
                .mediaType(), "qwen-tts-latest has the dialect voices");
        assertEquals("audio/wav", model().speak(new SpeechRequest("qwen3-tts-flash", "你好", "momo", "zh", null))
                .mediaType());
        assertEquals("audio/wav", model().speak(new SpeechRequest("cosyvoice-v2", "你好", "Aurora", "zh", null))
                .mediaType(), "a model without a voice table gets the voice by name");
        int paid = FakeBailian.submissions(wm, MULTIMODAL);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model().speak(new SpeechRequest("qwen-tts", "你好", "Dylan", "zh", "voice:2")));
        assertTrue(e.getMessage().contains("qwen-tts has no voice 'Dylan'")
                && e.getMessage().contains("Cherry, Serena, Ethan, Chelsie"), e.getMessage());
        assertEquals(paid, FakeBailian.submissions(wm, MULTIMODAL), "refused before the call");
    }

    @Test
    void noVoiceMeansTheDefaultVoice() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL))
                .withRequestBody(matchingJsonPath("$.input.voice", equalTo(DashScopeSpeechModel.DEFAULT_VOICE)))
                .willReturn(okJson(DONE)));

        assertEquals("audio/wav", model().speak(new SpeechRequest("qwen-tts", "hi", null, "en", null)).mediaType());
    }

    @Test
    void blankTextIsRejectedWithoutACall() {
        assertThrows(InvalidInputException.class, () -> model().speak(new SpeechRequest("qwen-tts", "  ", "Cherry", "en", "voice:3")));
        assertEquals(0, FakeBailian.submissions(wm, MULTIMODAL));
    }

    @Test
    void throttlingThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBailian.error(429, "Throttling.AllocationQuota", "quota")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).inScenario("t").whenScenarioStateIs("ok").willReturn(okJson(DONE)));
        SpeechRequest r = new SpeechRequest("qwen-tts", "hi", "Cherry", "en", null);

        assertThrows(RateLimitedException.class, () -> model().speak(r));
        assertEquals("audio/wav", model().speak(r).mediaType());
    }

    @Test
    void serverErrorThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("Internal Server Error")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(DONE)));
        SpeechRequest r = new SpeechRequest("qwen-tts", "hi", "Cherry", "en", null);

        assertThrows(RetriableException.class, () -> model().speak(r));
        assertEquals("audio/wav", model().speak(r).mediaType());
    }

    @Test
    void aResponseWithoutAudioUrlIsMalformed() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).willReturn(okJson("{\"request_id\":\"r\",\"output\":{}}")));

        NonRetriableException e = assertThrows(NonRetriableException.class,
                () -> model().speak(new SpeechRequest("qwen-tts", "hi", "Cherry", "en", null)));

        assertTrue(e.getMessage().contains("audio.url"), e.getMessage());
    }

    @Test
    void aGarbledBodyIsMalformed() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("<html>maintenance</html>")));

        NonRetriableException e = assertThrows(NonRetriableException.class,
                () -> model().speak(new SpeechRequest("qwen-tts", "hi", "Cherry", "en", null)));

        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void aRejectedKeyIsAnAuthenticationErrorWithoutTheKey() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).willReturn(FakeBailian.error(401, "InvalidApiKey", "bad key")));

        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> model().speak(new SpeechRequest("qwen-tts", "hi", "Cherry", "en", null)));

        assertFalse(FakeBailian.allMessages(e).contains(KEY));
    }
}
