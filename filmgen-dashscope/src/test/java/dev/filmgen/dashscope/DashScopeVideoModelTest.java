package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.filmgen.dashscope.FakeBailian.I2V;
import static dev.filmgen.dashscope.FakeBailian.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DashScopeVideoModelTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final MediaAsset FRAME = MediaAsset.of(URI.create("https://store.example/frame-1.png"), "image/png");

    @TempDir
    Path tmp;

    private VideoModel model() {
        return FakeBailian.models(wm).video();
    }

    private static VideoRequest request(MediaAsset frame) {
        return new VideoRequest("wan2.2-i2v-plus", frame, "slow push-in on the kettle", "1080P", 5, 7L,
                Map.of("prompt_extend", true, "watermark", false, "negative_prompt", "shaky"), "clip:1");
    }

    @Test
    void submitsTheFirstFrameUrlAndPollsToTheClip() {
        wm.stubFor(post(urlPathEqualTo(I2V)).withHeader("X-DashScope-Async", equalTo("enable"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(equalToJson("{\"model\":\"wan2.2-i2v-plus\",\"input\":{\"prompt\":"
                        + "\"slow push-in on the kettle\",\"img_url\":\"https://store.example/frame-1.png\","
                        + "\"negative_prompt\":\"shaky\"},\"parameters\":{\"resolution\":\"1080P\",\"duration\":5,"
                        + "\"seed\":7,\"prompt_extend\":true,\"watermark\":false}}", false, true))
                .willReturn(FakeBailian.submitted("v-1")));
        FakeBailian.pollSequence(wm, "v-1", FakeBailian.status("v-1", "PENDING"), FakeBailian.status("v-1", "RUNNING"),
                FakeBailian.videoDone("v-1", "https://result.example/clip.mp4"));
        FakeBailian.RecordingJournal journal = new FakeBailian.RecordingJournal(wm, null);

        MediaAsset clip = model().generate(request(FRAME), journal);

        assertEquals("https://result.example/clip.mp4", clip.uri().toString());
        assertEquals("video/mp4", clip.mediaType());
        assertEquals(5.0, clip.durationSeconds());
        assertEquals(List.of("v-1"), journal.submitted);
        assertEquals(List.of(0), journal.pollsAtSubmit);
    }

    @Test
    void aLocalFirstFrameIsSentInlineAsADataUri() throws Exception {
        Path png = tmp.resolve("frame.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 9, 9});
        String expected = "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        wm.stubFor(post(urlPathEqualTo(I2V)).withRequestBody(matchingJsonPath("$.input.img_url", equalTo(expected)))
                .willReturn(FakeBailian.submitted("v-file")));
        FakeBailian.pollSequence(wm, "v-file", FakeBailian.videoDone("v-file", "https://result.example/f.mp4"));

        assertEquals("https://result.example/f.mp4",
                model().generate(request(MediaAsset.of(png.toUri(), "image/png"))).uri().toString());
    }

    @Test
    void theInlineLimitCountsTheEncodedTextNotTheDecodedBytes() throws Exception {
        Path png = tmp.resolve("huge.png");
        Files.write(png, new byte[60]);
        // 60 bytes decode within a 90-byte cap, but their data URI is 22 + 80 = 102 characters
        VideoModel video = FakeBailian.models(wm).toBuilder().maxInlineBytes(90).build().video();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> video.generate(request(MediaAsset.of(png.toUri(), "image/png"))));

        assertTrue(e.getMessage().contains("huge.png") && e.getMessage().contains("102 characters inline")
                && e.getMessage().contains("90"), e.getMessage());
        assertEquals(0, FakeBailian.submissions(wm, I2V));
    }

    @Test
    void aLinkBailianCouldNotFetchIsRefusedBeforeSubmission() {
        for (String link : List.of("http://localhost:8080/files/s/frame.png?sig=x", "http://127.0.0.1/f.png",
                "http://192.168.1.20/f.png", "http://169.254.169.254/latest", "http://filmgen-box/f.png")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> model().generate(request(MediaAsset.of(URI.create(link), "image/png"))), link);
            assertTrue(e.getMessage().contains("cannot reach") && !e.getMessage().contains("sig=x"), e.getMessage());
        }
        assertEquals(0, FakeBailian.submissions(wm, I2V));
    }

    @Test
    void aFrameTheServiceCannotReadIsRejectedBeforeSubmission() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model().generate(request(MediaAsset.of(URI.create("ftp://host/frame.png"), "image/png"))));

        assertTrue(e.getMessage().contains("ftp"), e.getMessage());
        assertEquals(0, FakeBailian.submissions(wm, I2V));
    }

    @Test
    void aResolutionTheModelLacksBecomesTheNearestTier() {
        wm.stubFor(post(urlPathEqualTo(I2V)).withRequestBody(matchingJsonPath("$.parameters.resolution", equalTo("480P")))
                .withRequestBody(matchingJsonPath("$.parameters.duration", equalTo("5")))
                .willReturn(FakeBailian.submitted("v-720")));
        FakeBailian.pollSequence(wm, "v-720", FakeBailian.videoDone("v-720", "https://result.example/720.mp4"));

        VideoRequest r = new VideoRequest("wan2.2-i2v-plus", FRAME, "pan", "720P", 8, null, Map.of(), "clip:2");
        assertEquals("https://result.example/720.mp4", model().generate(r).uri().toString());
    }

    @Test
    void aFailedTaskIsRejectedWithItsCode() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.submitted("v-f")));
        FakeBailian.pollSequence(wm, "v-f", okJson("{\"request_id\":\"r-f\",\"output\":{\"task_id\":\"v-f\","
                + "\"task_status\":\"FAILED\",\"code\":\"InvalidParameter\",\"message\":\"image too small\"}}"));

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class, () -> model().generate(request(FRAME)));

        assertEquals("InvalidParameter", e.code());
        assertTrue(e.getMessage().contains("image too small"), e.getMessage());
    }

    @Test
    void anExpiredResumedTaskIsReportedAsExpired() {
        FakeBailian.pollSequence(wm, "v-gone", FakeBailian.status("v-gone", "UNKNOWN"));

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class,
                () -> model().generate(request(FRAME), new FakeBailian.RecordingJournal(wm, "v-gone")));

        assertEquals("TaskExpired", e.code());
        assertEquals(0, FakeBailian.submissions(wm, I2V));
    }

    @Test
    void throttlingThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(I2V)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBailian.error(429, "Throttling", "Too many requests")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(I2V)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(FakeBailian.submitted("v-t")));
        FakeBailian.pollSequence(wm, "v-t", FakeBailian.videoDone("v-t", "https://result.example/t.mp4"));
        VideoModel video = model();

        assertThrows(RateLimitedException.class, () -> video.generate(request(FRAME)));
        assertEquals("https://result.example/t.mp4", video.generate(request(FRAME)).uri().toString());
    }

    @Test
    void serverErrorsOnSubmitAndPollAreRetriable() {
        wm.stubFor(post(urlPathEqualTo(I2V)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("unavailable")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(I2V)).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(FakeBailian.submitted("v-s")));
        FakeBailian.pollSequence(wm, "v-s", FakeBailian.error(500, "InternalError", "x"),
                FakeBailian.videoDone("v-s", "https://result.example/s.mp4"));
        VideoModel video = model();

        assertThrows(RetriableException.class, () -> video.generate(request(FRAME)));
        assertEquals("https://result.example/s.mp4", video.generate(request(FRAME)).uri().toString());
        assertEquals(2, FakeBailian.submissions(wm, I2V));
    }

    @Test
    void aSlowClipHitsItsDeadlineNamingTheTaskAndKeepsItJournaled() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.submitted("v-slow")));
        FakeBailian.pollSequence(wm, "v-slow", FakeBailian.status("v-slow", "RUNNING"));
        FakeBailian.RecordingJournal journal = new FakeBailian.RecordingJournal(wm, null);

        DeadlineExceededException e = assertThrows(DeadlineExceededException.class,
                () -> FakeBailian.models(wm, Duration.ofMillis(120)).video().generate(request(FRAME), journal));

        assertTrue(e.getMessage().contains("v-slow"), e.getMessage());
        assertEquals(List.of("v-slow"), journal.submitted);
    }

    @Test
    void aSucceededTaskWithoutVideoUrlIsMalformed() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.submitted("v-m")));
        FakeBailian.pollSequence(wm, "v-m", FakeBailian.status("v-m", "SUCCEEDED"));

        NonRetriableException e = assertThrows(NonRetriableException.class, () -> model().generate(request(FRAME)));

        assertTrue(e.getMessage().contains("video_url"), e.getMessage());
    }

    @Test
    void aMalformedPollBodyIsNotRetriedForever() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.submitted("v-g")));
        FakeBailian.pollSequence(wm, "v-g", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("not json at all"));

        NonRetriableException e = assertThrows(NonRetriableException.class, () -> model().generate(request(FRAME)));

        assertTrue(e.getMessage().contains("malformed") && e.getMessage().contains("v-g"), e.getMessage());
    }

    @Test
    void aForbiddenKeyIsAnAuthenticationError() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.error(403, "AccessDenied",
                "current user api does not support asynchronous calls")));

        AuthenticationException e = assertThrows(AuthenticationException.class, () -> model().generate(request(FRAME)));

        assertFalse(FakeBailian.allMessages(e).contains(KEY));
    }

    @Test
    void aProcessStoppedMidWaitResumesTheSameTaskAfterRestart() {
        wm.stubFor(post(urlPathEqualTo(I2V)).willReturn(FakeBailian.submitted("v-crash")));
        FakeBailian.pollSequence(wm, "v-crash", FakeBailian.status("v-crash", "RUNNING"));
        AtomicReference<String> durable = new AtomicReference<>();
        TaskJournal sessionJournal = new TaskJournal() {
            @Override
            public Optional<String> pendingTaskId() {
                return Optional.ofNullable(durable.get());
            }

            @Override
            public void submitted(String taskId) {
                durable.set(taskId);
            }
        };
        assertThrows(DeadlineExceededException.class,
                () -> FakeBailian.models(wm, Duration.ofMillis(60)).video().generate(request(FRAME), sessionJournal));
        FakeBailian.pollSequence(wm, "v-crash", FakeBailian.videoDone("v-crash", "https://result.example/crash.mp4"));

        MediaAsset clip = FakeBailian.models(wm).video().generate(request(FRAME), sessionJournal);

        assertEquals("https://result.example/crash.mp4", clip.uri().toString());
        assertEquals(1, FakeBailian.submissions(wm, I2V), "the restarted process polls, it does not pay again");
    }

    @Test
    void aResumedTaskIsNeverSubmittedAgain() {
        FakeBailian.pollSequence(wm, "v-old", FakeBailian.status("v-old", "RUNNING"),
                FakeBailian.videoDone("v-old", "https://result.example/old.mp4"));

        MediaAsset clip = model().generate(request(FRAME), new FakeBailian.RecordingJournal(wm, "v-old"));

        assertEquals("https://result.example/old.mp4", clip.uri().toString());
        assertEquals(0, FakeBailian.submissions(wm, I2V));
    }
}
