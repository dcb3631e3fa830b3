package dev.filmgen.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/**
 * The DashScope picture port with a reference-aware model (wan2.7-image: messages with up to nine pictures, async)
 * keeps the same contract; the kit's reference picture really travels in the request here.
 */
class DashScopeReferenceImageModelKitTest extends DashScopeImageModelKitTest {
    @Override
    protected String path() {
        return FakeBailian.IMAGE_GENERATION;
    }

    @Override
    protected String modelName() {
        return "wan2.7-image";
    }

    @Override
    protected ResponseDefinitionBuilder done(String taskId, String url) {
        return okJson("{\"request_id\":\"req-done\",\"output\":{\"task_id\":\"" + taskId + "\",\"task_status\":"
                + "\"SUCCEEDED\",\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\","
                + "\"content\":[{\"image\":\"" + url + "\",\"type\":\"image\"}]}}]},\"usage\":{\"image_count\":1}}");
    }
}
