package dev.filmgen.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The text side of the fake Bailian: reads the chat messages of a {@code text-generation} request, works out
 * which stage asked (by the answer shape its prompt requests, see docs/text-formats.md) and streams that stage's
 * JSON answer as three incremental SSE events, in DashScope's native framing.
 */
final class BailianTextStages implements ResponseDefinitionTransformerV2 {
    static final String NAME = "bailian-text-stages";
    private static final ObjectMapper JSON = new ObjectMapper();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> answers;

    /** The kettle film: two boards, one character. */
    BailianTextStages() {
        this(Map.of());
    }

    /** The kettle film with some stages' answers replaced (by stage name: {@code "Storyboard"}…). */
    BailianTextStages(Map<String, String> overrides) {
        Map<String, String> m = new java.util.HashMap<>(Map.of("Script", SCRIPT, "Storyboard", BOARDS,
                "RoleDescription", ROLES, "FirstFrameDescription", FRAMES, "VideoDescription", CAMERAS, "Line", LINES));
        m.putAll(overrides);
        this.answers = Map.copyOf(m);
    }

    private static final String SCRIPT = "{\"title\":\"Steam in Style\",\"story\":\"Mia makes tea with the red "
            + "kettle. The kettle sings. Boil in style.\",\"characters\":[\"Mia\"],\"product_name\":\"Kettle K1\","
            + "\"product_description\":\"A glossy red enamel kettle with a beech wood handle\",\"slogan\":\"Boil in style\"}";
    private static final String BOARDS = "{\"boards\":[{\"board\":1,\"characters\":[\"Mia\"],\"picture\":\"Mia fills "
            + "the red kettle in a sunny kitchen\",\"narration\":\"Mornings start with Kettle K1.\"},{\"board\":2,"
            + "\"characters\":[],\"picture\":\"Close-up of the red kettle steaming on the hob\",\"narration\":"
            + "\"Boil in style.\"}]}";
    private static final String ROLES = "{\"roles\":[{\"name\":\"Mia\",\"look\":\"thirty, short black hair, warm "
            + "smile\",\"clothes\":\"blue linen apron over a white shirt\",\"setting\":\"a sunny kitchen\"}]}";
    private static final String FRAMES = "{\"frames\":[{\"board\":1,\"description\":\"Mia at the sink holding the "
            + "red kettle, morning light\"},{\"board\":2,\"description\":\"The red kettle on the hob, steam rising\"}]}";
    private static final String CAMERAS = "{\"cameras\":[{\"board\":1,\"description\":\"slow push in on Mia\"},"
            + "{\"board\":2,\"description\":\"static close-up\"}]}";
    private static final String LINES = "{\"lines\":[{\"board\":1,\"speaker\":\"Mia\",\"text\":\"Mornings start with "
            + "Kettle K1.\",\"voice\":\"Cherry\"},{\"board\":2,\"speaker\":\"narrator\",\"text\":\"Boil in style.\","
            + "\"voice\":\"Ethan\"}]}";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String prompt;
        try {
            StringBuilder sb = new StringBuilder();
            for (JsonNode m : JSON.readTree(event.getRequest().getBodyAsString()).path("input").path("messages")) {
                sb.append(m.path("content").asText()).append('\n');
            }
            prompt = sb.toString();
        } catch (Exception e) {
            return new ResponseDefinitionBuilder().withStatus(400).withBody("unreadable request: " + e).build();
        }
        String stage = stageOf(prompt);
        if (stage == null) {
            return new ResponseDefinitionBuilder().withStatus(500)
                    .withBody("the fake Bailian does not recognise this prompt:\n" + prompt).build();
        }
        calls.computeIfAbsent(stage, k -> new AtomicInteger()).incrementAndGet();
        String answer = answers.get(stage);
        int third = answer.length() / 3;
        String sse = event(1, answer.substring(0, third), "null") + event(2, answer.substring(third, 2 * third), "null")
                + event(3, answer.substring(2 * third), "stop");
        return new ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "text/event-stream;charset=UTF-8").withBody(sse).build();
    }

    static String stageOf(String prompt) {
        if (prompt.contains("{\"lines\": [")) {
            return "Line";
        }
        if (prompt.contains("{\"cameras\": [")) {
            return "VideoDescription";
        }
        if (prompt.contains("{\"frames\": [{\"board\": 1, \"description\": \"\"}]}")) {
            return "FirstFrameDescription";
        }
        if (prompt.contains("{\"roles\": [{\"name\": \"\", \"look\": \"\"")) {
            return "RoleDescription";
        }
        if (prompt.contains("{\"boards\": [{\"board\": 1, \"characters\": [], \"picture\": \"\", \"narration\": \"\"}]}")) {
            return "Storyboard";
        }
        if (prompt.contains("\"product_description\"")) {
            return "Script";
        }
        return null;
    }

    private static String event(int id, String json, String finish) {
        try {
            String content = JSON.writeValueAsString(json);
            return "id:" + id + "\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":"
                    + "{\"content\":" + content + ",\"role\":\"assistant\"},\"finish_reason\":\"" + finish + "\"}]},"
                    + "\"usage\":{\"input_tokens\":100,\"output_tokens\":" + id * 10 + "},\"request_id\":\"req-t" + id
                    + "\"}\n\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
