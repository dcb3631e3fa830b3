package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.filmgen.dashscope.FakeBailian.KEY;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key never reaches a log line (DEBUG included) or any message in an exception's cause chain. */
class SecretHandlingTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void theKeyAppearsInNoLogLineAndNoErrorMessage() {
        String echo = "{\"request_id\":\"r\",\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided: "
                + KEY + "\"}";
        wm.stubFor(post(urlPathEqualTo(FakeBailian.TEXT)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(echo)));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.T2I)).willReturn(FakeBailian.submitted("t-k")));
        FakeBailian.pollSequence(wm, "t-k", FakeBailian.error(500, "InternalError", "poll failed for " + KEY),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"output\":{"
                        + "\"task_id\":\"t-k\",\"task_status\":\"FAILED\",\"code\":\"X\",\"message\":\"" + KEY + "\"}}"));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.I2V)).willReturn(FakeBailian.error(429, "Throttling", KEY)));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).willReturn(FakeBailian.error(400, "InvalidParameter", KEY)));
        DashScopeModels models = FakeBailian.models(wm, Duration.ofSeconds(5));
        MediaAsset frame = MediaAsset.of(URI.create("https://store.example/f.png"), "image/png");
        List<Runnable> calls = List.of(
                () -> models.text().chat(new TextRequest("qwen-max", List.of(ChatMessage.user("hi")), null, null, null,
                        "Script", Map.of())),
                () -> models.image().generate(new ImageRequest("wan2.2-t2i-plus", "p", null, 1280, 720, null, null,
                        null, "frame:1")),
                () -> models.video().generate(new VideoRequest("wan2.2-i2v-plus", frame, "p", "480P", 5, null, null,
                        "clip:1")),
                () -> models.speech().speak(new SpeechRequest("qwen-tts", "hi", "Cherry", "en", "voice:1")),
                () -> models.vision().describe(new VisionRequest("qvq-max", frame, "what?")));

        List<FilmgenException> failures = new ArrayList<>();
        String logs = captureStderr(() -> calls.forEach(call -> {
            try {
                call.run();
            } catch (FilmgenException e) {
                failures.add(e);
            }
        }));

        assertTrue(failures.size() == calls.size(), "every call fails: " + failures);
        for (FilmgenException e : failures) {
            assertFalse(FakeBailian.allMessages(e).contains(KEY), FakeBailian.allMessages(e));
        }
        assertTrue(logs.contains("DEBUG"), "debug logging is on, so the check below means something: " + logs);
        assertFalse(logs.contains(KEY), logs);
    }

    private static String captureStderr(Runnable body) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
