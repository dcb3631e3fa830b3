package dev.filmgen.dashscope.bench;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.CallLimiter;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Quota;
import dev.filmgen.dashscope.DashScopeCatalog;
import dev.filmgen.dashscope.FakeBailianFilm;
import dev.filmgen.dashscope.FakeBailianMedia;
import dev.filmgen.dashscope.FakeBailianService;
import dev.filmgen.domain.Topic;
import dev.filmgen.storage.LocalStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * How close a film on the real Bailian path comes to what the account's quotas allow. A stand-in Bailian on WireMock
 * enforces the documented quota of every default model and takes as long as the service does (pictures 5-15 s, clips
 * 60-180 s, text, vision and speech 1.5-4.5 s), all scaled down {@value #SCALE} times; latencies follow from each
 * request's body, so two runs of the same film meet the same ones. The same 4-board film, with local storage (every
 * picture goes inline), is made twice in this process after a warm-up: once with no quota anywhere (the baseline),
 * once with the quotas on both sides. The bound is the quota-limited lower bound: for each model, its calls started
 * no earlier than in the baseline, spaced and capped as its quota says, each as long as it was, plus the baseline's
 * time after that model's last call; the largest of these and the baseline. Prints
 * {@code realpath: boards=4 wall=… bound=… over_limit=… rejected_urls=…}; the target is wall at most 1.15 x bound.
 */
public final class RealPathBenchmark {
    static final double SCALE = 30;
    static final int BOARDS = 4;
    /** The models a default film calls, whose documented quotas the stand-in enforces. */
    static final List<String> MODELS = List.of("qwen-max", "wan2.2-t2i-plus", "wan2.6-image", "qwen-vl-max",
            "qvq-max", "wan2.2-i2v-plus", "qwen3-tts-flash");

    private RealPathBenchmark() {
    }

    /** One film: how long it took, what the stand-in served and refused. */
    record Run(long wallNanos, long startNanos, List<FakeBailianService.Served> served, List<String> overLimit,
               List<String> rejectedUrls, boolean ok) { }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("realpath-bench");
        FakeBailianMedia media = FakeBailianMedia.make(dir);
        run(dir.resolve("warm-up"), media, false);
        Run base = run(dir.resolve("baseline"), media, false);
        Run limited = run(dir.resolve("quotas"), media, true);
        Map<String, Double> bounds = bounds(base);
        double bound = bounds.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        String busiest = bounds.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double wall = limited.wallNanos / 1e9;
        System.out.printf(Locale.ROOT, "baseline (no quotas): %.2f s, film %s; with quotas: %.2f s, film %s%n",
                base.wallNanos / 1e9, base.ok ? "made" : "FAILED", wall, limited.ok ? "made" : "FAILED");
        bounds.forEach((model, b) -> System.out.printf(Locale.ROOT, "  bound by %-16s %.2f s%n", model, b));
        System.out.printf(Locale.ROOT, "wall / bound = %.3f (target <= 1.15), bound set by %s; calls served %d%n",
                wall / bound, busiest, limited.served.size());
        limited.overLimit.forEach(o -> System.out.println("  over limit: " + o));
        limited.rejectedUrls.forEach(u -> System.out.println("  rejected: " + u));
        System.out.printf(Locale.ROOT, "realpath: boards=%d wall=%.2fs bound=%.2fs over_limit=%d rejected_urls=%d%n",
                BOARDS, wall, bound, limited.overLimit.size(), limited.rejectedUrls.size());
    }

    private static Run run(Path work, FakeBailianMedia media, boolean quotas) throws Exception {
        Files.createDirectories(work);
        FakeBailianService.Builder b = FakeBailianService.builder().boards(BOARDS).timeScale(SCALE)
                .latency(RealPathBenchmark::latency);
        if (quotas) {
            b.documentedQuotas(MODELS.toArray(String[]::new));
        }
        FakeBailianService fake = b.build();
        try (FakeBailianFilm film = new FakeBailianFilm(fake, media)) {
            LocalStorage storage = LocalStorage.builder().root(work.resolve("store"))
                    .publicBaseUrl("http://127.0.0.1:9/files").secret("realpath-benchmark-secret-0123456789").build();
            CallLimiter limiter = quotas ? ModelLimits.scaled(SCALE) : unlimited();
            try (FilmAgent agent = film.agent(work, storage, FakeBailianFilm.config(BOARDS, null, null), limiter)
                    .build()) {
                long start = System.nanoTime();
                TurnResult r = agent.generate("bench", Topic.of("a red kettle for busy mornings"), null);
                long wall = System.nanoTime() - start;
                return new Run(wall, start, fake.served(), fake.overLimit(), fake.rejectedUrls(), r.ok());
            }
        }
    }

    /** Simulated service time in ms, scaled, picked from the request body so that both runs meet the same. */
    static long latency(String kind, String model, String body) {
        long spread = (body.hashCode() * 0x9E3779B97F4A7C15L) >>> 33;
        double fraction = (spread % 10_001) / 10_000.0;
        double seconds = switch (kind) {
            case "video" -> 60 + 120 * fraction;
            case "image", "reference" -> 5 + 10 * fraction;
            default -> 1.5 + 3 * fraction;
        };
        return Math.round(seconds * 1000 / SCALE);
    }

    /** The quota-limited lower bound per model, and the baseline itself, in seconds. */
    static Map<String, Double> bounds(Run base) {
        Map<String, Double> out = new TreeMap<>();
        out.put("(baseline)", base.wallNanos / 1e9);
        Map<String, List<FakeBailianService.Served>> byModel = new TreeMap<>();
        for (FakeBailianService.Served s : base.served) {
            byModel.computeIfAbsent(s.model(), m -> new ArrayList<>()).add(s);
        }
        byModel.forEach((model, calls) -> DashScopeCatalog.find(model).ifPresent(e -> {
            Quota q = e.quota();
            long spacing = Math.round(q.spacing().toNanos() / SCALE);
            calls.sort(Comparator.comparingLong(FakeBailianService.Served::arrivedNanos));
            long lastEnd = 0;
            for (FakeBailianService.Served s : calls) {
                lastEnd = Math.max(lastEnd, s.arrivedNanos() - base.startNanos + s.millis() * 1_000_000L);
            }
            long tail = Math.max(0, base.wallNanos - lastEnd);
            PriorityQueue<Long> running = new PriorityQueue<>();
            long previous = Long.MIN_VALUE / 2;
            long end = 0;
            for (FakeBailianService.Served s : calls) {
                long start = Math.max(s.arrivedNanos() - base.startNanos, previous + spacing);
                if (running.size() >= q.maxInFlight()) {
                    start = Math.max(start, running.poll());
                }
                long finish = start + s.millis() * 1_000_000L;
                running.add(finish);
                previous = start;
                end = Math.max(end, finish);
            }
            out.put(model, (end + tail) / 1e9);
        }));
        return out;
    }

    /** A limiter that never waits: the baseline without quotas. */
    private static CallLimiter unlimited() {
        return new CallLimiter() {
            @Override
            public Lease acquire(String model, Quota quota, WaitListener waits) {
                return () -> { };
            }

            @Override
            public void backOff(String model, Duration pause) {
            }
        };
    }
}
