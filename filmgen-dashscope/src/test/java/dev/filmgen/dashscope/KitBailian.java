package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.testing.kit.ProviderFault;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake Bailian as the contract kits need it: result media served from the fake itself (as OSS serves the real
 * results), and each {@link ProviderFault} played once as protocols.md Part B and the DashScope error-code page
 * describe it: HTTP status plus {@code {"request_id","code","message"}}, or a garbled body for a malformed answer.
 */
final class KitBailian {
    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    private KitBailian() {
    }

    /** Serves {@code bytes} at {@code /results/<name>} on the fake; returns the URL. */
    static String serve(WireMockExtension wm, String name, String contentType, byte[] bytes) {
        wm.stubFor(get(urlPathEqualTo("/results/" + name)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(bytes)));
        return wm.baseUrl() + "/results/" + name + "?Expires=1767225600&Signature=kit";
    }

    /** Makes the next POST to {@code path} fail with {@code fault}; later ones reach the other stubs again. */
    static void failNextPost(WireMockExtension wm, String path, ProviderFault fault, boolean streamed) {
        String scenario = "fault-" + SCENARIOS.incrementAndGet();
        wm.stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(response(fault, streamed)).willSetStateTo("spent"));
    }

    /** Makes the next POST to {@code path} answer {@code response} once (for a task that will fail, say). */
    static void answerNextPost(WireMockExtension wm, String path, ResponseDefinitionBuilder response) {
        String scenario = "once-" + SCENARIOS.incrementAndGet();
        wm.stubFor(post(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(response).willSetStateTo("spent"));
    }

    /** Stubs {@code GET /tasks/{id}} to answer {@code response} every time. */
    static void task(WireMockExtension wm, String taskId, ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo(FakeBailian.API + "/tasks/" + taskId)).willReturn(response));
    }

    /** A task that ended FAILED by output moderation. */
    static ResponseDefinitionBuilder failedTask(String taskId) {
        return okJson("{\"request_id\":\"req-failed\",\"output\":{\"task_id\":\"" + taskId + "\",\"task_status\":"
                + "\"FAILED\",\"code\":\"DataInspectionFailed\",\"message\":\"Output data may contain inappropriate"
                + " content.\"}}");
    }

    private static ResponseDefinitionBuilder response(ProviderFault fault, boolean streamed) {
        switch (fault) {
            case THROTTLED:
                return FakeBailian.error(429, "Throttling.RateQuota", "Requests rate limit exceeded, please try again later.");
            case SERVER_ERROR:
                return FakeBailian.error(500, "InternalError", "An internal error has occured, please try again later.");
            case BAD_CREDENTIALS:
                return FakeBailian.error(401, "InvalidApiKey", "Invalid API-key provided.");
            case REJECTED:
                return FakeBailian.error(400, "DataInspectionFailed", "Input data may contain inappropriate content.");
            case MALFORMED_ANSWER:
                return streamed
                        ? aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream;charset=UTF-8")
                                .withBody("id:1\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\": [\n\n")
                        : aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                                .withBody("<html>maintenance</html>");
            default:
                throw new IllegalArgumentException("no fake answer for " + fault);
        }
    }
}
