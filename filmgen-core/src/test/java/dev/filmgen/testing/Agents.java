package dev.filmgen.testing;

import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.calls.ModelLimits;
import dev.filmgen.calls.Resilience;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.config.StageConfig;
import dev.filmgen.stage.Stage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Ready-made agent builders for tests: fake models and handlers, memory storage, fresh limits, quick retries. */
public final class Agents {
    private Agents() {
    }

    public static FilmAgentBuilder builder(FakeModels models) {
        return FilmAgent.builder()
                .models(models.set())
                .composer(models.composer())
                .storage(new MemoryStorage())
                .handlers(FakeHandlers.all())
                .config(config(4, 2, 1000, 16))
                .modelLimits(ModelLimits.create())
                .resilience(Resilience.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    /** Defaults with fake model names, the given counts, and every stage at {@code rps} / {@code inFlight}. */
    public static FilmConfig config(int boards, int roles, double rps, int inFlight) {
        FilmConfig d = FilmConfig.defaults();
        Map<Stage, StageConfig> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            StageConfig c = d.stage(s);
            m.put(s, new StageConfig("fake-" + s.wireName().toLowerCase(), c.t2iModel(), c.vlModel(), rps, inFlight,
                    c.options()));
        }
        return new FilmConfig(m, d.intentModel(), boards, roles, d.aspect(), d.clipSeconds(), d.seed(), d.filmStyle());
    }

    /** {@code base} with one stage's rate and in-flight bound changed. */
    public static FilmConfig withLimits(FilmConfig base, Stage stage, double rps, int inFlight) {
        Map<Stage, StageConfig> m = new EnumMap<>(base.stages());
        StageConfig c = base.stage(stage);
        m.put(stage, new StageConfig(c.model(), c.t2iModel(), c.vlModel(), rps, inFlight, c.options()));
        return new FilmConfig(m, base.intentModel(), base.maxBoards(), base.maxRoles(), base.aspect(),
                base.clipSeconds(), base.seed(), base.filmStyle());
    }
}
