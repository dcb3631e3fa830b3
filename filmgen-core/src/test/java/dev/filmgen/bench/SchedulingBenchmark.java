package dev.filmgen.bench;

import dev.filmgen.calls.CallKind;
import dev.filmgen.FilmAgent;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.TurnResult;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.domain.Topic;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scheduling benchmark (a program, not a test): the same seeded workload run by filmgen's graph runner
 * and by the demo's schedule, against the lower bound no scheduler can beat under the same limits.
 * Image and clip models are limited to 2 requests per second and 2 in flight, scaled with the latencies.
 * One untimed warm-up film runs first. Options (system properties): {@code -Dbench.seed=7 -Dbench.scale=0.04}.
 */
public final class SchedulingBenchmark {
    private static final double REAL_RPS = 2;
    private static final int IN_FLIGHT = 2;

    private SchedulingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        long seed = Long.getLong("bench.seed", 7L);
        double scale = Double.parseDouble(System.getProperty("bench.scale", "0.04"));
        BenchWorkload w = new BenchWorkload(seed, scale);

        warmUp(scale);
        FakeModels models = new FakeModels();
        for (CallKind k : CallKind.values()) {
            models.latency(k, w::ms);
        }
        long ours;
        TurnResult result;
        try (FilmAgent agent = Agents.builder(models).config(config(scale)).modelLimits(ModelLimits.create())
                .build()) {
            long t0 = System.nanoTime();
            result = agent.generate("bench", Topic.of("a red kettle"), null);
            ours = (System.nanoTime() - t0) / 1_000_000;
        }
        if (!result.ok()) {
            throw new IllegalStateException("benchmark film failed: " + result.reply());
        }
        long demo = DemoSchedule.runMillis(w, (int) REAL_RPS);
        long chain = w.chainMillis();
        long capacity = w.capacityMillis(IN_FLIGHT);
        long bound = Math.max(chain, capacity);

        System.out.printf(Locale.ROOT, "workload: %d boards, %d roles, seed %d, scale %.3f; image/video %.0f rps and %d"
                        + " in flight (scaled: %.0f rps)%n", BenchWorkload.BOARDS, BenchWorkload.ROLES.size(), seed,
                scale, REAL_RPS, IN_FLIGHT, REAL_RPS / scale);
        System.out.printf(Locale.ROOT, "clip latencies (scaled s): %s%n", clips(w));
        System.out.printf(Locale.ROOT, "lower bound: longest chain %.2f s, first clip start + clips/%d + compose %.2f s"
                + " -> %.2f s%n", s(chain), IN_FLIGHT, s(capacity), s(bound));
        long packing = Math.max(chain, w.packingMillis(IN_FLIGHT));
        System.out.printf(Locale.ROOT, "tighter bound with whole clips packed on %d slots: %.2f s (clip lengths are"
                + " unknown to a real scheduler, so even this needs foresight)%n", IN_FLIGHT, s(packing));
        System.out.printf(Locale.ROOT, "filmgen runner: %.2f s = %.3f x bound = %.3f x packed bound%n", s(ours),
                (double) ours / bound, (double) ours / packing);
        System.out.printf(Locale.ROOT, "demo schedule:  %.2f s = %.3f x bound = %.2f x filmgen%n", s(demo),
                (double) demo / bound, (double) demo / ours);
        System.out.println("filmgen per-stage wall (first item start to last item end):");
        for (Map.Entry<Stage, Duration> e : result.timings().entrySet()) {
            System.out.printf(Locale.ROOT, "  %-22s %7.2f s%n", e.getKey(), e.getValue().toMillis() / 1000.0);
        }
        System.out.printf(Locale.ROOT, "scheduling: wall=%.2f bound=%.2f demo=%.2f%n", s(ours), s(bound), s(demo));
    }

    /** One untimed film with instant models, so class loading and JIT warm-up are not billed to the runner. */
    private static void warmUp(double scale) {
        try (FilmAgent agent = Agents.builder(new FakeModels()).config(config(scale)).modelLimits(ModelLimits.create())
                .build()) {
            agent.generate("warm-up", Topic.of("a red kettle"), null);
        }
    }

    /** The test config with every image stage on one model, every clip on another, at the scaled quota. */
    private static FilmConfig config(double scale) {
        FilmConfig base = Agents.config(BenchWorkload.BOARDS, BenchWorkload.ROLES.size(), 1000, 16);
        Map<Stage, StageConfig> m = new EnumMap<>(base.stages());
        double rps = REAL_RPS / scale;
        m.put(Stage.ROLE_IMAGE, new StageConfig("bench-t2i", null, null, rps, IN_FLIGHT, Map.of()));
        m.put(Stage.FIRST_FRAME_IMAGE, new StageConfig("bench-t2i", null, null, rps, IN_FLIGHT, Map.of()));
        m.put(Stage.VIDEO, new StageConfig("bench-i2v", null, null, rps, IN_FLIGHT, Map.of()));
        return new FilmConfig(m, base.intentModel(), base.maxBoards(), base.maxRoles(), base.aspect(),
                base.clipSeconds(), base.seed(), base.filmStyle());
    }

    private static String clips(BenchWorkload w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BenchWorkload.BOARDS; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", w.ms("clip:" + i) / 1000.0));
        }
        return sb.toString();
    }

    private static double s(long millis) {
        return millis / 1000.0;
    }
}
