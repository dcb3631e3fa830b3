package dev.filmgen.dashscope;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmgen.calls.Quota;
import dev.filmgen.media.Reachability;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stand-in Bailian refuses, as the real one documents: a model's quota (Model Studio rate limits: requests
 * per second or per minute, smoothed per second, and tasks at once) and picture links it could not fetch. The provider
 * smooths a quota to the second (RPS = RPM / 60): a start is over a quota when the last second (or the quota's
 * spacing, when that is longer: one start every 6 s for 10 per minute), less half a spacing, already holds as many
 * starts as that stretch allows, when the quota's window, less half a spacing, already holds as many starts as the
 * quota allows, or when every in-flight slot is taken. Half a spacing, and at least {@link #DISPATCH_NANOS} of wall
 * time, leave room for a loaded machine's dispatch delay between the client's limiter and this server (on time scaled
 * 30 times a few milliseconds of it would otherwise count as a burst); a burst, or a steady rate above the quota, is
 * still caught. Every refusal is recorded.
 */
final class FakeBailianRules {
    /** Largest data URI accepted (10 MB of encoded text). */
    static final long INLINE_LIMIT = 10_000_000L;

    /** Dispatch delay forgiven whatever the time scale: 15 ms. */
    static final long DISPATCH_NANOS = 15_000_000L;

    private final Map<String, Quota> quotas;
    private final double timeScale;
    private final Map<String, Deque<Long>> starts = new HashMap<>();
    private final List<String> overLimit = Collections.synchronizedList(new ArrayList<>());
    private final List<String> rejectedUrls = Collections.synchronizedList(new ArrayList<>());

    FakeBailianRules(Map<String, Quota> quotas, double timeScale) {
        this.quotas = Map.copyOf(quotas);
        this.timeScale = timeScale;
    }

    /**
     * Admits a start of {@code model} now, with {@code running} of its calls or tasks already under way, or returns why
     * it is over its quota. Models without a quota are always admitted.
     */
    synchronized String admit(String model, int running) {
        Quota q = quotas.get(model);
        long now = System.nanoTime();
        Deque<Long> seen = starts.computeIfAbsent(model, m -> new ArrayDeque<>());
        if (q != null) {
            long spacing = scaled(q.spacing().toNanos());
            long slack = Math.max(spacing / 2, DISPATCH_NANOS);
            long window = scaled(q.window().toNanos()) - slack;
            while (!seen.isEmpty() && now - seen.peekFirst() > window) {
                seen.pollFirst();
            }
            long smoothing = Math.max(scaled(1_000_000_000L), spacing);
            double allowed = q.requests() * smoothing / scaled(q.per().toNanos());
            int perSmoothing = Math.max(1, (int) Math.floor(allowed + 1e-6)); // 2.9999999 on scaled time is 3
            long recent = seen.stream().filter(t -> now - t < smoothing - slack).count();
            String why = null;
            if (recent >= perSmoothing) {
                why = recent + 1 + " starts within " + (smoothing - slack) / 1_000_000 + " ms, the last "
                        + (now - seen.peekLast()) / 1_000_000 + " ms after the previous one (" + q.describe() + ")";
            } else if (seen.size() >= Math.max(1, (int) Math.floor(q.requests()))) {
                why = seen.size() + 1 + " starts within one window (" + q.describe() + ")";
            } else if (running >= q.maxInFlight()) {
                why = running + 1 + " at once (" + q.describe() + ")";
            }
            if (why != null) {
                overLimit.add(model + ": " + why);
                return why;
            }
        }
        seen.addLast(now);
        return null;
    }

    /** The first picture in the request body Bailian could not fetch, recorded, or null when all are reachable. */
    String unreachablePicture(JsonNode body) {
        for (String link : pictures(body)) {
            if (link.startsWith("data:")) {
                if (link.length() > INLINE_LIMIT) {
                    rejectedUrls.add("a data URI of " + link.length() + " characters");
                    return "image too large: " + link.length() + " characters inline";
                }
                continue;
            }
            String why = Reachability.whyUnreachable(URI.create(link)).orElse(null);
            if (why != null) {
                rejectedUrls.add(link);
                return "url is not accessible: " + link;
            }
        }
        return null;
    }

    /** Every picture a request carries: {@code img_url}, {@code images}, message {@code image} items. */
    static List<String> pictures(JsonNode body) {
        List<String> out = new ArrayList<>();
        JsonNode input = body.path("input");
        if (input.path("img_url").isTextual()) {
            out.add(input.path("img_url").asText());
        }
        input.path("images").forEach(n -> out.add(n.asText()));
        for (JsonNode m : input.path("messages")) {
            for (JsonNode c : m.path("content")) {
                if (c.path("image").isTextual()) {
                    out.add(c.path("image").asText());
                }
            }
        }
        return out;
    }

    List<String> overLimit() {
        synchronized (overLimit) {
            return List.copyOf(overLimit);
        }
    }

    List<String> rejectedUrls() {
        synchronized (rejectedUrls) {
            return List.copyOf(rejectedUrls);
        }
    }

    private long scaled(long nanos) {
        return Math.round(nanos / timeScale);
    }
}
