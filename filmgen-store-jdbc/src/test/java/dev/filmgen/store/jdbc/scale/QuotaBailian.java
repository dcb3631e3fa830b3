package dev.filmgen.store.jdbc.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * A WireMock stand-in of Bailian's asynchronous image and video APIs that enforces the account's quota the way
 * the service does: per model, a start is refused with HTTP 429 ({@code Throttling.RateQuota}) when it would exceed
 * {@code rps} starts per second (a token bucket holding at most {@code rps} starts), and with
 * {@code Throttling.AllocationQuota} when {@code inFlight} tasks of the model are still running. Each task runs for
 * its model's simulated latency; polls answer RUNNING until then, then SUCCEEDED with a picture made for that task
 * (so every first frame, and so every clip request, differs) or a short H.264 clip. It counts every refusal
 * ({@link #overLimit()}) and every submission whose body repeats an earlier one ({@link #duplicates()}).
 */
public final class QuotaBailian implements ResponseDefinitionTransformerV2, AutoCloseable {
    static final String NAME = "quota-bailian";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One model's quota and how long its tasks take. */
    public record ModelQuota(double rps, int inFlight, long latencyMillis) {
    }

    private record Task(String id, String model, boolean video, long startNanos, long doneNanos) {
    }

    private final Map<String, ModelQuota> quotas;
    private final byte[] clip;
    private final Map<String, Task> tasks = new HashMap<>();
    private final Map<String, double[]> buckets = new HashMap<>();
    private final Map<String, Set<String>> bodies = new HashMap<>();
    private final Map<String, Integer> submissions = new HashMap<>();
    private final Map<String, Integer> maxRunning = new HashMap<>();
    private final List<String> refusals = new ArrayList<>();
    private int duplicates;
    private int next;
    private WireMockServer server;

    private QuotaBailian(Map<String, ModelQuota> quotas, byte[] clip) {
        this.quotas = Map.copyOf(quotas);
        this.clip = clip;
    }

    /** Starts the fake on a free loopback port; {@code clip} is the video every finished clip task returns. */
    public static QuotaBailian start(Map<String, ModelQuota> quotas, Path clip) throws IOException {
        QuotaBailian fake = new QuotaBailian(quotas, Files.readAllBytes(clip));
        WireMockServer s = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(64).disableRequestJournal().extensions(fake));
        s.start();
        s.stubFor(any(urlPathMatching("/(api/v1|media)/.*")).willReturn(aResponse().withTransformers(NAME)));
        fake.server = s;
        return fake;
    }

    /** The base URL of the DashScope API ({@code http://127.0.0.1:port/api/v1}). */
    public String apiBase() {
        return server.baseUrl() + "/api/v1";
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
        String path = event.getRequest().getUrl();
        int q = path.indexOf('?');
        path = q < 0 ? path : path.substring(0, q);
        try {
            if (path.startsWith("/media/clip-")) {
                return aResponse().withHeader("Content-Type", "video/mp4").withBody(clip).build();
            }
            if (path.startsWith("/media/frame-")) {
                return aResponse().withHeader("Content-Type", "image/png").withBody(frame(path)).build();
            }
            if (path.startsWith("/api/v1/tasks/")) {
                return poll(path.substring("/api/v1/tasks/".length()));
            }
            if (event.getRequest().getMethod().getName().equals("POST") && path.startsWith("/api/v1/services/aigc/")) {
                return submit(event.getRequest().getBodyAsString(), path.contains("video"));
            }
            return error(404, "NotFound", "no such endpoint in the fake: " + path);
        } catch (IOException e) {
            return error(500, "InternalError", e.toString());
        }
    }

    private synchronized ResponseDefinition submit(String body, boolean video) throws IOException {
        JsonNode req = JSON.readTree(body);
        String model = req.path("model").asText();
        ModelQuota quota = quotas.get(model);
        if (quota == null) {
            return error(400, "InvalidParameter", "the fake has no quota for model " + model);
        }
        long now = System.nanoTime();
        double[] bucket = buckets.computeIfAbsent(model, m -> new double[] {quota.rps(), now});
        bucket[0] = Math.min(quota.rps(), bucket[0] + (now - (long) bucket[1]) / 1e9 * quota.rps());
        bucket[1] = now;
        int running = (int) tasks.values().stream().filter(t -> t.model().equals(model) && t.doneNanos() > now).count();
        if (running >= quota.inFlight()) {
            refusals.add(model + ": " + (running + 1) + " tasks at once");
            return error(429, "Throttling.AllocationQuota", "Too many running tasks for " + model);
        }
        if (bucket[0] < 1) {
            refusals.add(model + ": over " + quota.rps() + " starts per second");
            return error(429, "Throttling.RateQuota", "Requests rate limit exceeded for " + model);
        }
        bucket[0] -= 1;
        submissions.merge(model, 1, Integer::sum);
        if (!bodies.computeIfAbsent(model, m -> new HashSet<>()).add(sha(body))) {
            duplicates++;
        }
        maxRunning.merge(model, running + 1, Math::max);
        String id = (video ? "vid-" : "img-") + (++next);
        tasks.put(id, new Task(id, model, video, now, now + quota.latencyMillis() * 1_000_000L));
        return json(200, "{\"request_id\":\"r-" + id + "\",\"output\":{\"task_id\":\"" + id
                + "\",\"task_status\":\"PENDING\"}}");
    }

    private synchronized ResponseDefinition poll(String id) {
        Task t = tasks.get(id);
        if (t == null) {
            return json(200, "{\"request_id\":\"r\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"UNKNOWN\"}}");
        }
        if (System.nanoTime() < t.doneNanos()) {
            return json(200, "{\"request_id\":\"r\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"RUNNING\"}}");
        }
        String base = server.baseUrl();
        if (t.video()) {
            return json(200, "{\"request_id\":\"r\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"SUCCEEDED\","
                    + "\"video_url\":\"" + base + "/media/clip-" + id + ".mp4\"},\"usage\":{\"video_count\":1}}");
        }
        return json(200, "{\"request_id\":\"r\",\"output\":{\"task_id\":\"" + id + "\",\"task_status\":\"SUCCEEDED\","
                + "\"results\":[{\"url\":\"" + base + "/media/frame-" + id + ".png\"}],"
                + "\"task_metrics\":{\"TOTAL\":1,\"SUCCEEDED\":1,\"FAILED\":0}},\"usage\":{\"image_count\":1}}");
    }

    /** A small picture whose colour comes from the task id. */
    private static byte[] frame(String path) throws IOException {
        int n = Math.abs(path.hashCode());
        BufferedImage img = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(n % 200 + 30, (n / 200) % 200 + 30, (n / 40000) % 200 + 30));
        g.fillRect(0, 0, 320, 180);
        g.setColor(Color.WHITE);
        g.fillOval(n % 200, 40, 80, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }

    private static ResponseDefinition error(int status, String code, String message) {
        return json(status, "{\"request_id\":\"r-err\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes("UTF-8")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submissions refused for the quota (HTTP 429), with why. */
    public synchronized List<String> refusals() {
        return List.copyOf(refusals);
    }

    public synchronized int overLimit() {
        return refusals.size();
    }

    /** Submissions whose request body had been submitted before (the same clip paid twice). */
    public synchronized int duplicates() {
        return duplicates;
    }

    /** Accepted submissions of {@code model}. */
    public synchronized int submissions(String model) {
        return submissions.getOrDefault(model, 0);
    }

    /** The most tasks of {@code model} that ran at once. */
    public synchronized int maxRunning(String model) {
        return maxRunning.getOrDefault(model, 0);
    }

    @Override
    public void close() {
        server.stop();
    }
}
