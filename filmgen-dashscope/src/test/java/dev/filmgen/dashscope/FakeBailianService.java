package dev.filmgen.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.filmgen.calls.Quota;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A stand-in for Bailian's native API on WireMock that behaves as the documentation says a real account does: text
 * stages answer in SSE, pictures and clips are async tasks that take their time, speech and vision are synchronous,
 * and it refuses what the real service refuses ({@link FakeBailianRules}: quotas, links it cannot fetch; voices a
 * speech model lacks; a synchronous call to a task endpoint). Tasks can be scripted to fail (transient codes,
 * moderation). Register it as an extension of the server, then {@link #install} its stubs.
 */
public final class FakeBailianService implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-bailian";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeBailianRules rules;
    private final FakeBailianScript script;
    private final Builder b;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> submitted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> syncRunning = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    private volatile String media = "http://127.0.0.1/media";

    private record Task(String id, String model, String kind, long endNanos, String failCode) { }

    /**
     * One call or task the service accepted.
     *
     * @param model the model called
     * @param arrivedNanos when the request arrived ({@link System#nanoTime()})
     * @param millis how long the service took with it
     */
    public record Served(String model, long arrivedNanos, long millis) { }

    /** How long the service takes with a request, in ms, from its kind ("image", "reference", "video", "sync"). */
    public interface Latency {
        long millis(String kind, String model, String body);
    }

    private final List<Served> served = Collections.synchronizedList(new ArrayList<>());

    private FakeBailianService(Builder b) {
        this.b = b;
        this.rules = new FakeBailianRules(b.quotas, b.timeScale);
        this.script = new FakeBailianScript(b.boards, b.frameSentences);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Registers the API and media stubs; {@code baseUrl} is the server's own (media links point there). */
    public void install(Consumer<MappingBuilder> stubFor, String baseUrl, FakeBailianMedia bytes) {
        media = baseUrl + "/media";
        stubFor.accept(WireMock.any(WireMock.urlPathMatching("/api/v1/.*"))
                .willReturn(WireMock.aResponse().withTransformers(NAME)));
        stubFor.accept(WireMock.get(WireMock.urlPathEqualTo("/media/frame.png")).willReturn(
                WireMock.aResponse().withHeader("Content-Type", "image/png").withBody(bytes.png())));
        stubFor.accept(WireMock.get(WireMock.urlPathEqualTo("/media/clip.mp4")).willReturn(
                WireMock.aResponse().withHeader("Content-Type", "video/mp4").withBody(bytes.mp4())));
        stubFor.accept(WireMock.get(WireMock.urlPathEqualTo("/media/voice.wav")).willReturn(
                WireMock.aResponse().withHeader("Content-Type", "audio/wav").withBody(bytes.wav())));
    }

    /** Starts refused for a quota, each naming model and rule. */
    public List<String> overLimit() {
        return rules.overLimit();
    }

    /** Pictures refused because Bailian could not fetch them (or they were too long inline). */
    public List<String> rejectedUrls() {
        return rules.rejectedUrls();
    }

    /** Calls and submissions of {@code model} the service accepted. */
    public int accepted(String model) {
        AtomicInteger n = submitted.get(model);
        return n == null ? 0 : n.get();
    }

    /** Every call and task the service accepted, in arrival order. */
    public List<Served> served() {
        synchronized (served) {
            return List.copyOf(served);
        }
    }

    /** Every request line, in arrival order ({@code "POST qwen-tts"}, {@code "GET task-3"}). */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

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
        String path = event.getRequest().getUrl().replaceAll("\\?.*", "");
        if (path.startsWith("/api/v1/tasks/")) {
            return poll(path.substring("/api/v1/tasks/".length()));
        }
        JsonNode body;
        try {
            body = JSON.readTree(event.getRequest().getBodyAsString());
        } catch (Exception e) {
            return error(400, "InvalidParameter", "unreadable body");
        }
        String model = body.path("model").asText();
        requests.add("POST " + model);
        boolean async = "enable".equalsIgnoreCase(event.getRequest().getHeader("X-DashScope-Async"));
        boolean task = path.endsWith("/image-synthesis") || path.endsWith("/video-synthesis")
                || path.endsWith("/image-generation/generation");
        if (task != async) {
            return error(403, "AccessDenied", task ? "current user api does not support synchronous calls"
                    : "current user api does not support asynchronous calls");
        }
        String unreachable = b.refuseLocalLinks ? rules.unreachablePicture(body) : null;
        if (unreachable != null) {
            return error(400, "InvalidParameter.DataInspection", unreachable);
        }
        String over = rules.admit(model, running(model));
        if (over != null) {
            return error(429, "Throttling.RateQuota", "Requests rate limit exceeded, please try again later. (" + over
                    + ")");
        }
        submitted.computeIfAbsent(model, m -> new AtomicInteger()).incrementAndGet();
        long arrived = System.nanoTime();
        if (task) {
            String kind = path.endsWith("/video-synthesis") ? "video" : path.endsWith("/generation") ? "reference"
                    : "image";
            long millis = latency(kind, model, event.getRequest().getBodyAsString());
            served.add(new Served(model, arrived, millis));
            return submit(model, kind, millis, body);
        }
        long millis = latency("sync", model, event.getRequest().getBodyAsString());
        served.add(new Served(model, arrived, millis));
        AtomicInteger running = syncRunning.computeIfAbsent(model, m -> new AtomicInteger());
        running.incrementAndGet();
        try {
            sleep(millis);
            return path.endsWith("/text-generation/generation") ? text(body) : multimodal(model, body);
        } finally {
            running.decrementAndGet();
        }
    }

    private int running(String model) {
        long now = System.nanoTime();
        int n = (int) tasks.values().stream().filter(t -> t.model.equals(model) && t.endNanos - now > 0).count();
        AtomicInteger sync = syncRunning.get(model);
        return n + (sync == null ? 0 : sync.get());
    }

    private long latency(String kind, String model, String body) {
        if (b.latency != null) {
            return b.latency.millis(kind, model, body);
        }
        return (kind.equals("video") ? b.videoLatency : kind.equals("sync") ? b.syncLatency : b.imageLatency)
                .getAsLong();
    }

    private ResponseDefinition submit(String model, String kind, long millis, JsonNode body) {
        int n = submitted.get(model).get();
        String fail = b.failures.get(model + "#" + n);
        if (fail == null && b.moderated != null && prompt(body).contains(b.moderated)) {
            fail = "DataInspectionFailed";
        }
        String id = "task-" + ids.incrementAndGet();
        tasks.put(id, new Task(id, model, kind, System.nanoTime() + millis * 1_000_000L, fail));
        return ok("{\"request_id\":\"req-" + id + "\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"PENDING\"}}");
    }

    private ResponseDefinition poll(String id) {
        requests.add("GET " + id);
        Task t = tasks.get(id);
        if (t == null) {
            return ok("{\"request_id\":\"req-p\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"UNKNOWN\"}}");
        }
        if (System.nanoTime() - t.endNanos < 0) {
            return ok("{\"request_id\":\"req-p\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"RUNNING\"}}");
        }
        if (t.failCode != null) {
            String message = t.failCode.startsWith("DataInspection") ? "Output data may contain inappropriate content."
                    : "An internal error has occured, please try again later or contact service support.";
            return ok("{\"request_id\":\"req-p\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"FAILED\","
                    + "\"code\":\"" + t.failCode + "\",\"message\":\"" + message + "\"}}");
        }
        String done = "{\"request_id\":\"req-d\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"SUCCEEDED\",";
        switch (t.kind) {
            case "video":
                return ok(done + "\"video_url\":\"" + media + "/clip.mp4\"},\"usage\":{\"video_count\":1,"
                        + "\"video_duration\":5}}");
            case "reference":
                return ok(done + "\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\","
                        + "\"content\":[{\"image\":\"" + media + "/frame.png\",\"type\":\"image\"}]}}]},"
                        + "\"usage\":{\"image_count\":1}}");
            default:
                return ok(done + "\"results\":[{\"url\":\"" + media + "/frame.png\"}],\"task_metrics\":{\"TOTAL\":1,"
                        + "\"SUCCEEDED\":1,\"FAILED\":0}},\"usage\":{\"image_count\":1}}");
        }
    }

    private ResponseDefinition text(JsonNode body) {
        StringBuilder prompt = new StringBuilder();
        body.path("input").path("messages").forEach(m -> prompt.append(m.path("content").asText()).append('\n'));
        String stage = BailianTextStages.stageOf(prompt.toString());
        if (stage == null && prompt.indexOf("\"score\"") < 0 && b.rewrite != null) {
            return sse(b.rewrite.apply(prompt.toString()));
        }
        String answer = stage == null ? null : script.answer(stage);
        if (answer == null) {
            return error(500, "InternalError", "the stand-in does not recognise this prompt");
        }
        return sse(answer);
    }

    private ResponseDefinition multimodal(String model, JsonNode body) {
        if (model.contains("tts")) {
            String voice = body.path("input").path("voice").asText();
            List<String> voices = DashScopeCatalog.find(model).map(DashScopeCatalog.Entry::voices).orElse(List.of());
            if (!voices.isEmpty() && !voices.contains(voice)) {
                return error(400, "InvalidParameter", "Voice '" + voice + "' is not supported by " + model);
            }
            if (b.moderated != null && body.path("input").path("text").asText().contains(b.moderated)) {
                return error(400, "DataInspectionFailed", "Input data may contain inappropriate content.");
            }
            return ok("{\"request_id\":\"req-a\",\"output\":{\"finish_reason\":\"stop\",\"audio\":{\"url\":\"" + media
                    + "/voice.wav\",\"id\":\"a\",\"expires_at\":1}},\"usage\":{\"characters\":20}}");
        }
        if (model.startsWith("qwen-image")) {
            return ok("{\"request_id\":\"req-e\",\"output\":{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{"
                    + "\"role\":\"assistant\",\"content\":[{\"image\":\"" + media + "/frame.png\"}]}}]},"
                    + "\"usage\":{\"image_count\":1}}");
        }
        String text = model.startsWith("qvq") ? "A glossy red enamel kettle with a beech wood handle, on white."
                : "{\"product_present\": true, \"product_recognisable\": true, \"roles\": {}, \"text_garbled\": false,"
                + " \"score\": 8, \"reason\": \"clear\"}";
        return sse(text);
    }

    private static String prompt(JsonNode body) {
        StringBuilder sb = new StringBuilder(body.path("input").path("prompt").asText());
        body.path("input").path("messages").forEach(m -> m.path("content").forEach(c -> sb.append(c.path("text").asText())));
        return sb.toString();
    }

    private static ResponseDefinition sse(String answer) {
        int third = answer.length() / 3;
        String sse = event(1, answer.substring(0, third), "null") + event(2, answer.substring(third, 2 * third), "null")
                + event(3, answer.substring(2 * third), "stop");
        return new ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "text/event-stream;charset=UTF-8").withBody(sse).build();
    }

    private static String event(int id, String text, String finish) {
        try {
            String content = JSON.writeValueAsString(text);
            return "id:" + id + "\nevent:result\n:HTTP_STATUS/200\ndata:{\"output\":{\"choices\":[{\"message\":"
                    + "{\"content\":" + content + ",\"role\":\"assistant\"},\"finish_reason\":\"" + finish + "\"}]},"
                    + "\"usage\":{\"input_tokens\":100,\"output_tokens\":" + id * 10 + "},\"request_id\":\"req-t" + id
                    + "\"}\n\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseDefinition ok(String json) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(json).build();
    }

    private static ResponseDefinition error(int status, String code, String message) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"request_id\":\"req-err\",\"code\":\"" + code + "\",\"message\":\""
                        + message.replace("\"", "'") + "\"}").build();
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Settings of the stand-in. */
    public static final class Builder {
        private int boards = 2;
        private int frameSentences;
        private final Map<String, Quota> quotas = new HashMap<>();
        private double timeScale = 1.0;
        private LongSupplier imageLatency = () -> 5;
        private LongSupplier videoLatency = () -> 20;
        private LongSupplier syncLatency = () -> 0;
        private boolean refuseLocalLinks = true;
        private final Map<String, String> failures = new HashMap<>();
        private String moderated;
        private java.util.function.UnaryOperator<String> rewrite;
        private Latency latency;

        private Builder() {
        }

        /** Boards of the film the text stages answer (default 2). */
        public Builder boards(int n) { this.boards = n; return this; }

        /** First-frame descriptions carry {@code n} more sentences of scenery (long prompts). */
        public Builder frameSentences(int n) { this.frameSentences = n; return this; }

        /** Enforces {@code quota} for {@code model}. */
        public Builder quota(String model, Quota quota) { quotas.put(model, quota); return this; }

        /** Enforces the quota {@link DashScopeCatalog} documents for each of {@code models}. */
        public Builder documentedQuotas(String... models) {
            for (String m : models) {
                quotas.put(m, DashScopeCatalog.find(m).orElseThrow().quota());
            }
            return this;
        }

        /** Quota windows run this many times faster (the client's limiter must use the same factor). */
        public Builder timeScale(double factor) { this.timeScale = factor; return this; }

        /** How long a picture task runs, in ms (default 5). */
        public Builder imageLatency(LongSupplier millis) { this.imageLatency = millis; return this; }

        /** How long a clip task runs, in ms (default 20). */
        public Builder videoLatency(LongSupplier millis) { this.videoLatency = millis; return this; }

        /** How long a synchronous call (text, speech, vision) takes, in ms (default 0). */
        public Builder syncLatency(LongSupplier millis) { this.syncLatency = millis; return this; }

        /** How long each request takes, from its kind, model and body (replaces the three latencies above). */
        public Builder latency(Latency l) { this.latency = l; return this; }

        /** Whether links to this machine or a private network are refused (default true, as Bailian does). */
        public Builder refuseLocalLinks(boolean refuse) { this.refuseLocalLinks = refuse; return this; }

        /** The {@code n}th task submitted for {@code model} (from 1) ends FAILED with {@code code}. */
        public Builder failTask(String model, int n, String code) { failures.put(model + "#" + n, code); return this; }

        /** Any task or speech whose prompt contains {@code word} is refused by moderation. */
        public Builder moderate(String word) { this.moderated = word; return this; }

        /** Answers text prompts that are no stage of the film (a prompt rewrite) with {@code answer}. */
        public Builder rewriteAnswer(java.util.function.UnaryOperator<String> answer) {
            this.rewrite = answer;
            return this;
        }

        public FakeBailianService build() {
            return new FakeBailianService(this);
        }
    }
}
