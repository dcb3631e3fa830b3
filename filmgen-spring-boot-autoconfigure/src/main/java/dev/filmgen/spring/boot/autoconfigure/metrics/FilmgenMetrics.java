package dev.filmgen.spring.boot.autoconfigure.metrics;

import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.stage.Stage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * Meters from every turn's events: {@code filmgen.stage.duration} (timer; tag stage),
 * {@code filmgen.stage.failures} (counter; tags stage, code), {@code filmgen.items} (counter of finished pictures,
 * clips and voices; tags stage, reused), {@code filmgen.films} (counter of films composed) and
 * {@code filmgen.quota.waits} (counter of calls held for their model's quota; tags model, reason = {@code in_flight},
 * {@code rate} or {@code backoff}) with {@code filmgen.quota.wait.expected} (timer of the announced waits), and from
 * the session's cost ledger ({@link FilmEvent.Charged}, one per call that reached a provider, never for a reused
 * result): {@code filmgen.model.paid.units} (counter; tags model, unit = {@code input_tokens}, {@code images},
 * {@code video_seconds_720P}…, as the provider bills them) and {@code filmgen.cost} (counter in CNY at the agent's
 * prices; tags model, stage). Free models (the offline ones) count in neither; a model without a price counts its
 * units but no money.
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
                    .tag("stage", done.stage().name().toLowerCase(Locale.ROOT)).register(registry)
                    .record(Duration.ofMillis(Math.max(0, done.elapsedMillis())));
            if (done.stage() == Stage.FILM) {
                registry.counter("filmgen.films").increment();
            }
        } else if (event instanceof FilmEvent.StageFailed failed) {
            registry.counter("filmgen.stage.failures", "stage", failed.stage().name().toLowerCase(Locale.ROOT),
                    "code", String.valueOf(failed.code())).increment();
        } else if (event instanceof FilmEvent.QuotaWait wait) {
            registry.counter("filmgen.quota.waits", "model", String.valueOf(wait.model()), "reason",
                    String.valueOf(wait.reason())).increment();
            if (wait.waitMillis() >= 0) {
                Timer.builder("filmgen.quota.wait.expected").description("Waits announced for a model's quota")
                        .tag("model", String.valueOf(wait.model())).register(registry)
                        .record(Duration.ofMillis(wait.waitMillis()));
            }
        } else if (event instanceof FilmEvent.Charged charged) {
            charged(charged);
        } else if (event instanceof FilmEvent.ItemDone item) {
            registry.counter("filmgen.items", "stage", item.stage().name().toLowerCase(Locale.ROOT),
                    "reused", String.valueOf(item.reused())).increment();
        }
    }

    private void charged(FilmEvent.Charged c) {
        BigDecimal yuan = c.yuan();
        if (yuan != null && yuan.signum() == 0) {
            return; // a free model: nothing was paid
        }
        String model = String.valueOf(c.model());
        c.units().forEach((unit, count) -> registry.counter("filmgen.model.paid.units", "model", model, "unit", unit)
                .increment(count));
        if (yuan != null) {
            Counter.builder("filmgen.cost").description("What model calls cost at the agent's prices").baseUnit("CNY")
                    .tag("model", model).tag("stage", c.stage().name().toLowerCase(Locale.ROOT)).register(registry)
                    .increment(yuan.doubleValue());
        }
    }
}
