package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.filmgen.dashscope.FakeBailian.KEY;
import static dev.filmgen.dashscope.FakeBailian.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.filmgen.error.AuthenticationException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.error.ProviderRejectedException;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.error.RetriableException;
import dev.filmgen.model.ChatMessage;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashScopeTextModelTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final TextRequest REQUEST = new TextRequest("qwen-max",
            List.of(ChatMessage.system("You write ad scripts."), ChatMessage.user("A kettle ad, please.")),
            0.7, 11L, 800, "Script", Map.of());

    private TextModel model() {
        return FakeBailian.models(wm).text();
    }

    /** One SSE event in DashScope's native framing. */
    static String event(int id, String content, String finish, String usage) {
        return "id:" + id + "\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":"
                + "{\"content\":\"" + content + "\",\"role\":\"assistant\"},\"finish_reason\":\"" + finish + "\"}]},"
                + "\"usage\":" + usage + ",\"request_id\":\"req-s\"}\n\n";
    }

    static ResponseDefinitionBuilder sse(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream;charset=UTF-8").withBody(body);
    }

    private static final String STREAM = event(1, "Boil", "null", "{\"input_tokens\":30,\"output_tokens\":1}")
            + event(2, " water", "null", "{\"input_tokens\":30,\"output_tokens\":2}")
            + event(3, " in style.", "stop", "{\"input_tokens\":30,\"output_tokens\":4,\"total_tokens\":34}");

    @Test
    void streamsDeltasInOrderAndRecordsUsage() {
        wm.stubFor(post(urlPathEqualTo(TEXT))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("X-DashScope-SSE", equalTo("enable"))
                .withRequestBody(equalToJson("{\"model\":\"qwen-max\",\"input\":{\"messages\":["
                        + "{\"role\":\"system\",\"content\":\"You write ad scripts.\"},"
                        + "{\"role\":\"user\",\"content\":\"A kettle ad, please.\"}]},"
                        + "\"parameters\":{\"result_format\":\"message\",\"incremental_output\":true,\"seed\":11,"
                        + "\"max_tokens\":800}}", false, true))
                .willReturn(sse(STREAM)));
        List<String> deltas = new ArrayList<>();

        TextResponse response = model().chat(REQUEST, deltas::add);

        assertEquals(List.of("Boil", " water", " in style."), deltas);
        assertEquals("Boil water in style.", response.text());
        assertEquals(new Usage(30, 4), response.usage());
    }

    @Test
    void aFailingDeltaListenerDoesNotBreakTheStream() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).willReturn(sse(STREAM)));

        TextResponse response = model().chat(REQUEST, d -> {
            throw new IllegalStateException("listener bug");
        });

        assertEquals("Boil water in style.", response.text());
    }

    @Test
    void aThrottlingErrorEventMidStreamIsARateLimit() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).willReturn(sse(event(1, "Boil", "null", "{}")
                + "id:2\nevent:error\n:HTTP_STATUS/429\ndata:{\"code\":\"Throttling.RateQuota\",\"message\":"
                + "\"Requests rate limit exceeded, please try again later.\",\"request_id\":\"req-t\"}\n\n")));

        RateLimitedException e = assertThrows(RateLimitedException.class, () -> model().chat(REQUEST));

        assertTrue(e.getMessage().contains("Throttling.RateQuota"), e.getMessage());
    }

    @Test
    void aModerationErrorEventIsRejected() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).willReturn(sse("id:1\nevent:error\n:HTTP_STATUS/400\ndata:{\"code\":"
                + "\"DataInspectionFailed\",\"message\":\"Input data may contain inappropriate content.\","
                + "\"request_id\":\"req-d\"}\n\n")));

        ProviderRejectedException e = assertThrows(ProviderRejectedException.class, () -> model().chat(REQUEST));

        assertEquals("DataInspectionFailed", e.code());
        assertEquals("req-d", e.requestId());
    }

    @Test
    void http429ThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBailian.error(429, "Throttling", "slow down")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(TEXT)).inScenario("t").whenScenarioStateIs("ok").willReturn(sse(STREAM)));
        TextModel text = model();

        assertThrows(RateLimitedException.class, () -> text.chat(REQUEST));
        assertEquals("Boil water in style.", text.chat(REQUEST).text());
    }

    @Test
    void http500ThenSuccess() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBailian.error(500, "InternalError", "boom")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(TEXT)).inScenario("s").whenScenarioStateIs("ok").willReturn(sse(STREAM)));
        TextModel text = model();

        FilmgenException e = assertThrows(RetriableException.class, () -> text.chat(REQUEST));
        assertTrue(e.getMessage().contains("InternalError"), e.getMessage());
        assertEquals("Boil water in style.", text.chat(REQUEST).text());
    }

    @Test
    void aRejectedKeyIsAnAuthenticationErrorWithoutTheKey() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).willReturn(FakeBailian.error(401, "InvalidApiKey",
                "Invalid API-key provided.")));

        AuthenticationException e = assertThrows(AuthenticationException.class, () -> model().chat(REQUEST));

        assertFalse(FakeBailian.allMessages(e).contains(KEY));
    }

    @Test
    void aMalformedEventIsAClearError() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).willReturn(sse("id:1\nevent:result\ndata:{\"output\": [\n\n")));

        NonRetriableException e = assertThrows(NonRetriableException.class, () -> model().chat(REQUEST));

        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void aStreamWithNoEventsIsMalformed() {
        wm.stubFor(post(urlPathEqualTo(TEXT)).willReturn(sse("")));

        NonRetriableException e = assertThrows(NonRetriableException.class, () -> model().chat(REQUEST));

        assertTrue(e.getMessage().contains("without any event"), e.getMessage());
    }
}
