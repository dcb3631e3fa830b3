package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.model.TaskJournal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Helpers for a WireMock stand-in of the DashScope native API ({@code /api/v1}), following protocols.md Part B. */
final class FakeBailian {
    static final String KEY = "sk-test-9f3b2c1d-secret";
    static final String API = "/api/v1";
    static final String T2I = API + "/services/aigc/text2image/image-synthesis";
    static final String I2I = API + "/services/aigc/image2image/image-synthesis";
    static final String IMAGE_GENERATION = API + "/services/aigc/image-generation/generation";
    static final String MULTIMODAL = API + "/services/aigc/multimodal-generation/generation";
    static final String TEXT = API + "/services/aigc/text-generation/generation";
    static final String I2V = API + "/services/aigc/video-generation/video-synthesis";

    private FakeBailian() {
    }

    /** Models pointed at the fake with tiny poll intervals and the given task deadline. */
    static DashScopeModels models(WireMockExtension wm, Duration deadline) {
        return DashScopeModels.builder()
                .apiKey(KEY)
                .baseUrl(wm.baseUrl() + API)
                .environment(name -> null)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(1))
                .maxPollInterval(Duration.ofMillis(4))
                .imageDeadline(deadline)
                .videoDeadline(deadline)
                .build();
    }

    static DashScopeModels models(WireMockExtension wm) {
        return models(wm, Duration.ofSeconds(10));
    }

    static ResponseDefinitionBuilder submitted(String taskId) {
        return okJson("{\"request_id\":\"req-submit\",\"output\":{\"task_id\":\"" + taskId
                + "\",\"task_status\":\"PENDING\"}}");
    }

    static ResponseDefinitionBuilder status(String taskId, String status) {
        return okJson("{\"request_id\":\"req-poll\",\"output\":{\"task_id\":\"" + taskId + "\",\"task_status\":\""
                + status + "\"}}");
    }

    static ResponseDefinitionBuilder imageDone(String taskId, String url) {
        return okJson("{\"request_id\":\"req-done\",\"output\":{\"task_id\":\"" + taskId
                + "\",\"task_status\":\"SUCCEEDED\",\"submit_time\":\"2025-06-30 14:37:53.838\","
                + "\"results\":[{\"url\":\"" + url + "\",\"orig_prompt\":\"p\",\"actual_prompt\":\"p\"}],"
                + "\"task_metrics\":{\"TOTAL\":1,\"SUCCEEDED\":1,\"FAILED\":0}},\"usage\":{\"image_count\":1}}");
    }

    static ResponseDefinitionBuilder videoDone(String taskId, String url) {
        return okJson("{\"request_id\":\"req-done\",\"output\":{\"task_id\":\"" + taskId
                + "\",\"task_status\":\"SUCCEEDED\",\"video_url\":\"" + url + "\"},"
                + "\"usage\":{\"video_count\":1,\"video_duration\":5}}");
    }

    /** A finished wan2.6/2.7-image task: the picture in {@code choices[].message.content[].image}. */
    static ResponseDefinitionBuilder referenceImageDone(String taskId, String url) {
        return okJson("{\"request_id\":\"req-done\",\"output\":{\"task_id\":\"" + taskId
                + "\",\"task_status\":\"SUCCEEDED\",\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":"
                + "\"assistant\",\"content\":[{\"image\":\"" + url + "\",\"type\":\"image\"}]}}]},"
                + "\"usage\":{\"image_count\":1,\"size\":\"1280*720\"}}");
    }

    /**
     * A Qwen-VL streamed answer ({@code multimodal-generation}, SSE) whose text is a first-frame verdict with
     * {@code score}, and the token usage of the call.
     */
    static ResponseDefinitionBuilder verdict(double score) {
        String json = "{\\\"product_present\\\": true, \\\"product_recognisable\\\": true, \\\"roles\\\": {},"
                + " \\\"text_garbled\\\": false, \\\"score\\\": " + score + ", \\\"reason\\\": \\\"scored " + score
                + "\\\"}";
        return DashScopeTextModelTest.sse("id:1\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{"
                + "\"message\":{\"content\":[{\"text\":\"" + json + "\"}],\"role\":\"assistant\"},\"finish_reason\":"
                + "\"stop\"}]},\"usage\":{\"input_tokens\":3200,\"output_tokens\":60},\"request_id\":\"req-j\"}\n\n");
    }

    static ResponseDefinitionBuilder error(int http, String code, String message) {
        return aResponse().withStatus(http).withHeader("Content-Type", "application/json")
                .withBody("{\"request_id\":\"req-err-" + http + "\",\"code\":\"" + code + "\",\"message\":\""
                        + message + "\"}");
    }

    /** Stubs {@code GET /tasks/{id}} to answer {@code steps} in order, repeating the last one. */
    static void pollSequence(WireMockExtension wm, String taskId, ResponseDefinitionBuilder... steps) {
        String state = Scenario.STARTED;
        for (int i = 0; i < steps.length; i++) {
            String next = i == steps.length - 1 ? state : "step-" + (i + 1);
            wm.stubFor(get(urlPathEqualTo(API + "/tasks/" + taskId)).inScenario("poll-" + taskId)
                    .whenScenarioStateIs(state).willReturn(steps[i]).willSetStateTo(next));
            state = next;
        }
    }

    static int submissions(WireMockExtension wm, String path) {
        return wm.findAll(postRequestedFor(urlPathEqualTo(path))).size();
    }

    static int polls(WireMockExtension wm) {
        return wm.findAll(getRequestedFor(urlPathMatching(API + "/tasks/.*"))).size();
    }

    /** A journal that remembers submissions and how many polls had happened when each was recorded. */
    static final class RecordingJournal implements TaskJournal {
        final List<String> submitted = new ArrayList<>();
        final List<Integer> pollsAtSubmit = new ArrayList<>();
        private final String pending;
        private final WireMockExtension wm;

        RecordingJournal(WireMockExtension wm, String pending) {
            this.wm = wm;
            this.pending = pending;
        }

        @Override
        public Optional<String> pendingTaskId() {
            return Optional.ofNullable(pending);
        }

        @Override
        public void submitted(String taskId) {
            submitted.add(taskId);
            pollsAtSubmit.add(polls(wm));
        }
    }

    /** Every message in a throwable's cause chain, joined. */
    static String allMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c).append(" | ").append(c.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
