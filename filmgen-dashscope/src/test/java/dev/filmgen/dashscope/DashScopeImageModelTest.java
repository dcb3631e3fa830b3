package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.filmgen.dashscope.FakeBailian.KEY;
import static dev.filmgen.dashscope.FakeBailian.T2I;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DashScopeImageModelTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path tmp;

    private ImageModel model() {
        return FakeBailian.models(wm).image();
    }

    private static ImageRequest request(String model, int w, int h, List<MediaAsset> refs) {
        return new ImageRequest(model, "a red kettle on a marble counter", "blurry, text", w, h, refs, 42L,
                Map.of("prompt_extend", false, "watermark", false), "frame:1");
    }

    @Test
    void submitsTheDocumentedRequestAndPollsPendingRunningSucceeded() {
        wm.stubFor(post(urlPathEqualTo(T2I))
                .withHeader("X-DashScope-Async", equalTo("enable"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(equalToJson("{\"model\":\"wan2.2-t2i-plus\",\"input\":{\"prompt\":"
                        + "\"a red kettle on a marble counter\",\"negative_prompt\":\"blurry, text\"},"
                        + "\"parameters\":{\"size\":\"1280*720\",\"n\":1,\"seed\":42,\"prompt_extend\":false,"
                        + "\"watermark\":false}}", false, true))
                .willReturn(FakeBailian.submitted("t-1")));
        FakeBailian.pollSequence(wm, "t-1", FakeBailian.status("t-1", "PENDING"),
                FakeBailian.status("t-1", "RUNNING"), FakeBailian.imageDone("t-1", "https://result.example/k.png"));
        FakeBailian.RecordingJournal journal = new FakeBailian.RecordingJournal(wm, null);

        MediaAsset asset = model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of()), journal);

        assertEquals(URI.create("https://result.example/k.png"), asset.uri());
        assertEquals("image/png", asset.mediaType());
        assertEquals(1280, asset.width());
        assertEquals(720, asset.height());
        assertEquals(List.of("t-1"), journal.submitted);
        assertEquals(List.of(0), journal.pollsAtSubmit, "the task id is journaled before the first poll");
        assertEquals(3, FakeBailian.polls(wm));
        wm.verify(postRequestedFor(urlPathEqualTo(T2I)).withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void clampsTheSizeToTheModelLimitsKeepingTheAspect() {
        wm.stubFor(post(urlPathEqualTo(T2I)).withRequestBody(matchingJsonPath("$.parameters.size", equalTo("1440*810")))
                .willReturn(FakeBailian.submitted("t-big")));
        FakeBailian.pollSequence(wm, "t-big", FakeBailian.imageDone("t-big", "https://result.example/big.png"));

        MediaAsset asset = model().generate(request("wan2.2-t2i-plus", 2560, 1440, List.of()));

        assertEquals(1440, asset.width());
        assertEquals(810, asset.height());
    }

    @Test
    void aFailedTaskIsRejectedWithItsCodeAndMessage() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.submitted("t-f")));
        FakeBailian.pollSequence(wm, "t-f", FakeBailian.status("t-f", "RUNNING"), okJson("{\"request_id\":\"r-9\","
                + "\"output\":{\"task_id\":\"t-f\",\"task_status\":\"FAILED\",\"code\":\"DataInspectionFailed\","
                + "\"message\":\"Output data may contain inappropriate content.\"}}"));

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class,
                () -> model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertEquals("DataInspectionFailed", e.code());
        assertEquals("r-9", e.requestId());
        assertTrue(e.getMessage().contains("t-f") && e.getMessage().contains("inappropriate content"), e.getMessage());
        assertFalse(e.isRetriable());
    }

    @Test
    void anUnknownTaskIsReportedAsExpired() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.submitted("t-u")));
        FakeBailian.pollSequence(wm, "t-u", FakeBailian.status("t-u", "UNKNOWN"));

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class,
                () -> model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertEquals("TaskExpired", e.code());
        assertTrue(e.getMessage().contains("t-u"), e.getMessage());
    }

    @Test
    void throttledSubmissionIsARetriableRateLimitAndTheRetrySucceeds() {
        wm.stubFor(post(urlPathEqualTo(T2I)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBailian.error(429, "Throttling.RateQuota", "Requests rate limit exceeded"))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(T2I)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(FakeBailian.submitted("t-r")));
        FakeBailian.pollSequence(wm, "t-r", FakeBailian.imageDone("t-r", "https://result.example/r.png"));
        ImageModel image = model();

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> image.generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));
        assertTrue(e.isRetriable());
        assertTrue(e.getMessage().contains("Throttling.RateQuota"), e.getMessage());

        assertEquals("https://result.example/r.png",
                image.generate(request("wan2.2-t2i-plus", 1280, 720, List.of())).uri().toString());
        assertEquals(2, FakeBailian.submissions(wm, T2I));
    }

    @Test
    void serverErrorOnSubmissionIsRetriableAndTheRetrySucceeds() {
        wm.stubFor(post(urlPathEqualTo(T2I)).inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBailian.error(500, "InternalError", "oops")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(T2I)).inScenario("500").whenScenarioStateIs("ok")
                .willReturn(FakeBailian.submitted("t-5")));
        FakeBailian.pollSequence(wm, "t-5", FakeBailian.imageDone("t-5", "https://result.example/5.png"));
        ImageModel image = model();

        FilmgenException e = assertThrows(RetriableException.class,
                () -> image.generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
        assertEquals("https://result.example/5.png",
                image.generate(request("wan2.2-t2i-plus", 1280, 720, List.of())).uri().toString());
    }

    @Test
    void transientErrorsWhilePollingAreRiddenOutWithoutResubmitting() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.submitted("t-p")));
        FakeBailian.pollSequence(wm, "t-p", FakeBailian.status("t-p", "RUNNING"),
                FakeBailian.error(500, "InternalError", "poll hiccup"),
                FakeBailian.error(429, "Throttling", "slow down"),
                aResponse().withStatus(502).withBody("<html>bad gateway</html>"),
                FakeBailian.imageDone("t-p", "https://result.example/p.png"));

        MediaAsset asset = model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of()));

        assertEquals("https://result.example/p.png", asset.uri().toString());
        assertEquals(1, FakeBailian.submissions(wm, T2I));
        assertEquals(5, FakeBailian.polls(wm));
    }

    @Test
    void aConnectionResetWhilePollingIsRiddenOut() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.submitted("t-reset")));
        FakeBailian.pollSequence(wm, "t-reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                FakeBailian.imageDone("t-reset", "https://result.example/reset.png"));

        assertEquals("https://result.example/reset.png",
                model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of())).uri().toString());
        assertEquals(1, FakeBailian.submissions(wm, T2I));
    }

    @Test
    void aSubmissionThatTimesOutIsRetriable() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.submitted("t-late").withFixedDelay(1500)));
        ImageModel image = FakeBailian.models(wm).toBuilder().readTimeout(Duration.ofMillis(200)).build().image();

        RetriableException e = assertThrows(RetriableException.class,
                () -> image.generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertTrue(e.getMessage().contains("network"), e.getMessage());
    }

    @Test
    void aTaskStillRunningAtItsDeadlineFailsNamingTheTask() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.submitted("t-slow")));
        FakeBailian.pollSequence(wm, "t-slow", FakeBailian.status("t-slow", "RUNNING"));
        ImageModel image = FakeBailian.models(wm, Duration.ofMillis(150)).image();

        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> image.generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertTrue(e.getMessage().contains("t-slow"), e.getMessage());
        assertTrue(e.isRetriable());
    }

    @Test
    void aMalformedBodyIsAClearNonRetriableError() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"output\": {\"task_id\": ")));

        NonRetriableException e = assertThrows(NonRetriableException.class,
                () -> model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void aSubmissionWithoutTaskIdIsMalformed() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(okJson("{\"request_id\":\"r\",\"output\":{}}")));

        NonRetriableException e = assertThrows(NonRetriableException.class,
                () -> model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertTrue(e.getMessage().contains("task_id"), e.getMessage());
    }

    @Test
    void aRejectedKeyIsAnAuthenticationErrorThatNeverShowsTheKey() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.error(401, "InvalidApiKey",
                "Invalid API-key provided: " + KEY)));

        AuthenticationException e = assertThrows(AuthenticationException.class,
                () -> model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertTrue(e.getMessage().contains("InvalidApiKey"), e.getMessage());
    }

    @Test
    void anInvalidParameterIsRejectedWithCodeAndRequestId() {
        wm.stubFor(post(urlPathEqualTo(T2I)).willReturn(FakeBailian.error(400, "InvalidParameter",
                "url error, please check url！")));

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class,
                () -> model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of())));

        assertEquals("InvalidParameter", e.code());
        assertEquals("req-err-400", e.requestId());
        assertTrue(e.getMessage().contains("url error"), e.getMessage());
    }

    @Test
    void aPendingJournalTaskIsPolledInsteadOfSubmittingAgain() {
        FakeBailian.pollSequence(wm, "t-old", FakeBailian.status("t-old", "RUNNING"),
                FakeBailian.imageDone("t-old", "https://result.example/old.png"));
        FakeBailian.RecordingJournal journal = new FakeBailian.RecordingJournal(wm, "t-old");

        MediaAsset asset = model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of()), journal);

        assertEquals("https://result.example/old.png", asset.uri().toString());
        assertEquals(0, FakeBailian.submissions(wm, T2I));
        assertTrue(journal.submitted.isEmpty());
    }

    @Test
    void referencesAreIgnoredByATextToImageModel() {
        wm.stubFor(post(urlPathEqualTo(T2I)).withRequestBody(matchingJsonPath("$.input.images", absent()))
                .willReturn(FakeBailian.submitted("t-n")));
        FakeBailian.pollSequence(wm, "t-n", FakeBailian.imageDone("t-n", "https://result.example/n.png"));
        MediaAsset ref = MediaAsset.of(URI.create("https://store.example/role.png"), "image/png");

        assertEquals("https://result.example/n.png",
                model().generate(request("wan2.2-t2i-plus", 1280, 720, List.of(ref))).uri().toString());
    }

    @Test
    void referencesGoToWanImageToImageAsUrlsAndInlineData() throws Exception {
        Path portrait = tmp.resolve("mother.png");
        Files.write(portrait, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(portrait));
        wm.stubFor(post(urlPathEqualTo(FakeBailian.I2I)).withHeader("X-DashScope-Async", equalTo("enable"))
                .withRequestBody(equalToJson("{\"model\":\"wan2.5-i2i-preview\",\"input\":{\"prompt\":"
                        + "\"a red kettle on a marble counter\",\"images\":[\"https://store.example/product.png\",\""
                        + dataUri + "\"]},\"parameters\":{\"n\":1}}", false, true))
                .willReturn(FakeBailian.submitted("t-i2i")));
        FakeBailian.pollSequence(wm, "t-i2i", FakeBailian.imageDone("t-i2i", "https://result.example/i2i.png"));
        List<MediaAsset> refs = List.of(MediaAsset.of(URI.create("https://store.example/product.png"), "image/png"),
                MediaAsset.of(portrait.toUri(), "image/png"));

        MediaAsset asset = model().generate(request("wan2.5-i2i-preview", 1280, 720, refs));

        assertEquals("https://result.example/i2i.png", asset.uri().toString());
    }

    @Test
    void wan26ImageSendsReferencesAsOneUserMessage() {
        wm.stubFor(post(urlPathEqualTo(FakeBailian.IMAGE_GENERATION)).withHeader("X-DashScope-Async", equalTo("enable"))
                .withRequestBody(equalToJson("{\"model\":\"wan2.6-image\",\"input\":{\"messages\":[{\"role\":\"user\","
                        + "\"content\":[{\"text\":\"a red kettle on a marble counter\"},"
                        + "{\"image\":\"https://store.example/a.png\"},{\"image\":\"https://store.example/b.png\"}]}]},"
                        + "\"parameters\":{\"enable_interleave\":false,\"n\":1,\"size\":\"1280*720\"}}", false, true))
                .willReturn(FakeBailian.submitted("t-26")));
        FakeBailian.pollSequence(wm, "t-26", okJson("{\"request_id\":\"r\",\"output\":{\"task_id\":\"t-26\","
                + "\"task_status\":\"SUCCEEDED\",\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":"
                + "\"assistant\",\"content\":[{\"image\":\"https://result.example/26.png\",\"type\":\"image\"}]}}]}}"));
        List<MediaAsset> refs = List.of(MediaAsset.of(URI.create("https://store.example/a.png"), "image/png"),
                MediaAsset.of(URI.create("https://store.example/b.png"), "image/png"));

        assertEquals("https://result.example/26.png",
                model().generate(request("wan2.6-image", 1280, 720, refs)).uri().toString());
    }

    @Test
    void qwenImageEditIsASynchronousCallWithoutTheAsyncHeader() {
        wm.stubFor(post(urlPathEqualTo(FakeBailian.MULTIMODAL)).withHeader("X-DashScope-Async", absent())
                .withRequestBody(equalToJson("{\"model\":\"qwen-image-edit-plus\",\"input\":{\"messages\":[{\"role\":"
                        + "\"user\",\"content\":[{\"image\":\"https://store.example/a.png\"},"
                        + "{\"text\":\"a red kettle on a marble counter\"}]}]},\"parameters\":{\"n\":1}}", false, true))
                .willReturn(okJson("{\"request_id\":\"r\",\"output\":{\"choices\":[{\"finish_reason\":\"stop\","
                        + "\"message\":{\"role\":\"assistant\",\"content\":[{\"image\":\"https://result.example/qe.png\"}]}}]},"
                        + "\"usage\":{\"image_count\":1}}")));
        List<MediaAsset> refs = List.of(MediaAsset.of(URI.create("https://store.example/a.png"), "image/png"));

        assertEquals("https://result.example/qe.png",
                model().generate(request("qwen-image-edit-plus", 1280, 720, refs)).uri().toString());
    }

    @Test
    void wan27ImagePaintsFromTextAloneWhenThereAreNoReferences() {
        wm.stubFor(post(urlPathEqualTo(FakeBailian.IMAGE_GENERATION))
                .withRequestBody(equalToJson("{\"model\":\"wan2.7-image\",\"input\":{\"messages\":[{\"role\":\"user\","
                        + "\"content\":[{\"text\":\"a red kettle on a marble counter\"}]}]}}", false, true))
                .willReturn(FakeBailian.submitted("t-27")));
        FakeBailian.pollSequence(wm, "t-27", okJson("{\"output\":{\"task_status\":\"SUCCEEDED\",\"choices\":[{"
                + "\"message\":{\"content\":[{\"image\":\"https://result.example/27.png\"}]}}]}}"));

        assertEquals("https://result.example/27.png",
                model().generate(request("wan2.7-image", 1280, 720, List.of())).uri().toString());
    }

    @Test
    void referencesBeyondTheModelsLimitAreDropped() {
        wm.stubFor(post(urlPathEqualTo(FakeBailian.I2I))
                .withRequestBody(matchingJsonPath("$.input.images.length()", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.input.images[2]", equalTo("https://store.example/3.png")))
                .willReturn(FakeBailian.submitted("t-lim")));
        FakeBailian.pollSequence(wm, "t-lim", FakeBailian.imageDone("t-lim", "https://result.example/lim.png"));
        List<MediaAsset> refs = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> MediaAsset.of(URI.create("https://store.example/" + i + ".png"), "image/png"))
                .collect(Collectors.toList());

        assertEquals("https://result.example/lim.png",
                model().generate(request("wan2.5-i2i-preview", 1280, 720, refs)).uri().toString());
    }

    @Test
    void anEditModelWithoutReferencesIsAClearConfigurationError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model().generate(request("wan2.5-i2i-preview", 1280, 720, List.of())));

        assertTrue(e.getMessage().contains("wan2.2-t2i-plus"), e.getMessage());
        assertEquals(0, FakeBailian.submissions(wm, FakeBailian.I2I));
    }
}
