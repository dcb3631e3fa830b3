package dev.filmgen.spring.boot.autoconfigure.metrics;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.stage.Stage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Meters from every turn's events: {@code filmgen.stage.duration} (timer; tag stage),
 * {@code filmgen.stage.failures} (counter; tags stage, code), {@code filmgen.items} (counter of finished pictures,
 * clips and voices; tags stage, reused), {@code filmgen.films} (counter of films composed) and
 * {@code filmgen.quota.waits} (counter of calls held for their model's quota; tags model, reason = {@code in_flight},
 * {@code rate} or {@code backoff}) with {@code filmgen.quota.wait.expected} (timer of the announced waits).
 */
public final class FilmgenMetrics implements FilmListener {
    private final MeterRegistry registry;

    public FilmgenMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onEvent(FilmEvent event) {
        if (event instanceof FilmEvent.StageDone done) {
            Timer.builder("filmgen.stage.duration").description("How long a stage took in a turn")
                    .tag("stage", done.stage().name().toLowerCase(java.util.Locale.ROOT)).register(registry)
                    .record(Duration.ofMillis(Math.max(0, done.elapsedMillis())));
            if (done.stage() == Stage.FILM) {
                registry.counter("filmgen.films").increment();
            }
        } else if (event instanceof FilmEvent.StageFailed failed) {
            registry.counter("filmgen.stage.failures", "stage", failed.stage().name().toLowerCase(java.util.Locale.ROOT),
                    "code", String.valueOf(failed.code())).increment();
        } else if (event instanceof FilmEvent.QuotaWait wait) {
            registry.counter("filmgen.quota.waits", "model", String.valueOf(wait.model()), "reason",
                    String.valueOf(wait.reason())).increment();
            if (wait.waitMillis() >= 0) {
                Timer.builder("filmgen.quota.wait.expected").description("Waits announced for a model's quota")
                        .tag("model", String.valueOf(wait.model())).register(registry)
                        .record(Duration.ofMillis(wait.waitMillis()));
            }
        } else if (event instanceof FilmEvent.ItemDone item) {
            registry.counter("filmgen.items", "stage", item.stage().name().toLowerCase(java.util.Locale.ROOT),
                    "reused", String.valueOf(item.reused())).increment();
        }
    }
}
