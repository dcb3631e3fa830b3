package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.filmgen.dashscope.FakeBailian.KEY;
import static dev.filmgen.dashscope.FakeBailian.MULTIMODAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DashScopeVisionModelTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final MediaAsset PHOTO = MediaAsset.of(URI.create("https://store.example/product.jpg"), "image/jpeg");

    @TempDir
    Path tmp;

    private static String event(int id, String reasoning, String text) {
        String content = text == null ? "[]" : "[{\"text\":\"" + text + "\"}]";
        return "id:" + id + "\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":{\"content\":"
                + content + ",\"reasoning_content\":\"" + reasoning + "\",\"role\":\"assistant\"},\"finish_reason\":"
                + "\"null\"}]},\"usage\":{\"input_tokens\":900,\"output_tokens\":" + id + "},\"request_id\":\"req-v\"}\n\n";
    }

    private static final String STREAM = event(1, "Let me look", null) + event(2, " at the kettle.", null)
            + event(3, "", "A brushed steel") + event(4, "", " electric kettle.");

    private VisionModel model() {
        return FakeBailian.models(wm).vision();
    }

    @Test
    void keepsTheAnswerAndDropsTheReasoning() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("X-DashScope-SSE", equalTo("enable"))
                .withRequestBody(equalToJson("{\"model\":\"qvq-max\",\"input\":{\"messages\":[{\"role\":\"user\","
                        + "\"content\":[{\"image\":\"https://store.example/product.jpg\"},{\"text\":\"What is this?\"}]}]},"
                        + "\"parameters\":{\"incremental_output\":true}}", false, true))
                .willReturn(DashScopeTextModelTest.sse(STREAM)));

        String answer = model().describe(new VisionRequest("qvq-max", PHOTO, "What is this?"));

        assertEquals("A brushed steel electric kettle.", answer);
    }

    @Test
    void aLocalPhotoIsInlinedNotUploaded() throws Exception {
        Path jpg = tmp.resolve("p.jpg");
        Files.write(jpg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
        String uri = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(jpg));
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL))
                .withRequestBody(matchingJsonPath("$.input.messages[0].content[0].image", equalTo(uri)))
                .willReturn(DashScopeTextModelTest.sse(STREAM)));

        assertEquals("A brushed steel electric kettle.",
                model().describe(new VisionRequest("qvq-max", MediaAsset.of(jpg.toUri(), "image/jpeg"), "What?")));
        assertTrue(wm.findAll(WireMock.getRequestedFor(urlPathMatching(".*/uploads.*"))).isEmpty());
    }

    @Test
    void throttlingThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBailian.error(429, "Throttling", "slow")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(DashScopeTextModelTest.sse(STREAM)));
        VisionRequest r = new VisionRequest("qvq-max", PHOTO, "What?");

        assertThrows(RateLimitedException.class, () -> model().describe(r));
        assertEquals("A brushed steel electric kettle.", model().describe(r));
    }

    @Test
    void serverErrorIsRetriable() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).willReturn(FakeBailian.error(503, "ServiceUnavailable", "busy")));

        assertThrows(RetriableException.class, () -> model().describe(new VisionRequest("qvq-max", PHOTO, "What?")));
    }

    @Test
    void aMalformedEventIsAClearError() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).willReturn(DashScopeTextModelTest.sse("id:1\nevent:result\ndata:{{{\n\n")));

        NonRetriableException e = assertThrows(NonRetriableException.class,
                () -> model().describe(new VisionRequest("qvq-max", PHOTO, "What?")));

        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void aRejectedKeyIsAnAuthenticationErrorWithoutTheKey() {
        wm.stubFor(post(urlPathEqualTo(MULTIMODAL)).willReturn(FakeBailian.error(401, "InvalidApiKey", "bad")));

        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> model().describe(new VisionRequest("qvq-max", PHOTO, "What?")));

        assertFalse(FakeBailian.allMessages(e).contains(KEY));
    }
}
