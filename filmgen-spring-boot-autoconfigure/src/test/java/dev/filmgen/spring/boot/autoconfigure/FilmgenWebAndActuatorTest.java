package dev.filmgen.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.Quota;
import dev.filmgen.cost.ModelPrice;
import dev.filmgen.cost.PriceList;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.model.Billed;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.Units;
import dev.filmgen.stage.Stage;
import io.micrometer.core.instrument.Counter;
import java.math.BigDecimal;
import java.util.Optional;
import dev.filmgen.error.RateLimitedException;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextResponse;
import dev.filmgen.model.Usage;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.spring.boot.autoconfigure.actuate.FilmgenHealthAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.actuate.FilmgenHealthIndicator;
import dev.filmgen.spring.boot.autoconfigure.metrics.FilmgenMetrics;
import dev.filmgen.spring.boot.autoconfigure.metrics.FilmgenMetricsAutoConfiguration;
import dev.filmgen.spring.boot.autoconfigure.metrics.MeteredModels;
import dev.filmgen.spring.boot.autoconfigure.web.FilmgenProcessController;
import dev.filmgen.spring.boot.autoconfigure.web.FilmgenWebAutoConfiguration;
import dev.filmgen.storage.LocalStorage;
import dev.filmgen.storage.Storage;
import dev.filmgen.testing.MemoryStorage;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.ChatMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web endpoint, the health contributor and the meters, each with the conditions that switch it. */
class FilmgenWebAndActuatorTest {
    @TempDir
    Path data;

    private static final AutoConfigurations ALL = AutoConfigurations.of(FilmgenAutoConfiguration.class,
            FilmgenWebAutoConfiguration.class, FilmgenHealthAutoConfiguration.class,
            FilmgenMetricsAutoConfiguration.class);

    private WebApplicationContextRunner web() {
        return new WebApplicationContextRunner().withConfiguration(ALL)
                .withPropertyValues("filmgen.data-dir=" + data, "filmgen.store=memory");
    }

    @Test
    void theEndpointIsOffUntilEnabledAndOnlyInAServletApplication() {
        web().run(ctx -> assertThat(ctx).hasSingleBean(FilmAgent.class)
                .doesNotHaveBean(FilmgenProcessController.class).doesNotHaveBean(AgentScopeProcessor.class));
        new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues("filmgen.data-dir=" + data,
                "filmgen.web.enabled=true").run(ctx -> assertThat(ctx).hasSingleBean(FilmAgent.class)
                .doesNotHaveBean(FilmgenProcessController.class));
    }

    @Test
    void enabledItServesProcessAndSignsLocalLinksUnderItsPath() {
        web().withPropertyValues("filmgen.web.enabled=true", "filmgen.web.path=/films/",
                "filmgen.web.public-url=https://shop.test/app/", "filmgen.web.link-secret=0123456789abcdef0123")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(FilmgenProcessController.class).hasSingleBean(AgentScopeProcessor.class);
                    LocalStorage storage = (LocalStorage) ctx.getBean(Storage.class);
                    storage.put("s1/film/film.mp4", new byte[] {1, 2, 3}, "video/mp4");
                    URI link = storage.link("s1/film/film.mp4", Duration.ofHours(1));
                    assertThat(link.toString()).startsWith("https://shop.test/app/films/files/s1/film/film.mp4?expires=");
                    assertThat(storage.signer().orElseThrow().verify(URI.create(link.getRawPath() + "?"
                            + link.getRawQuery()))).contains("s1/film/film.mp4");
                });
        web().withPropertyValues("filmgen.web.enabled=true", "filmgen.web.public-url=shop.test").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("filmgen.web.public-url"));
    }

    @Test
    void theHealthContributorReportsStorageSessionsAndProvider() {
        web().run(ctx -> {
            Health h = ctx.getBean("filmgenHealthIndicator", FilmgenHealthIndicator.class).health();
            assertThat(h.getStatus()).isEqualTo(Status.UP);
            assertThat(h.getDetails()).containsEntry("storage", "writable").containsEntry("sessions", "reachable")
                    .containsEntry("provider", "offline");
        });
        web().withPropertyValues("filmgen.dashscope.api-key=sk-test").run(ctx -> assertThat(
                ctx.getBean(FilmgenHealthIndicator.class).health().getDetails()).containsEntry("provider", "dashscope"));
        web().withPropertyValues("management.health.filmgen.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(FilmgenHealthIndicator.class));
    }

    @Test
    void aStorageThatRefusesWritesMakesHealthDown() {
        web().withUserConfiguration(ReadOnlyStorage.class).run(ctx -> {
            Health h = ctx.getBean(FilmgenHealthIndicator.class).health();
            assertThat(h.getStatus()).isEqualTo(Status.DOWN);
            assertThat(h.getDetails().get("storage").toString()).contains("not writable").contains("disk full");
        });
    }

    @Test
    void metersNeedARegistryAndCountModelCallsStagesAndItems() {
        web().run(ctx -> assertThat(ctx).doesNotHaveBean(FilmgenMetrics.class));
        web().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(ctx -> {
            assertThat(ctx).hasSingleBean(FilmgenMetrics.class);
            FilmAgent agent = ctx.getBean(FilmAgent.class);
            agent.chat("m1", new UserMessage("百炼椰汁", "Topic", null), e -> { });
            agent.chat("m1", new UserMessage("", "Script", null), e -> { });
            MeterRegistry r = ctx.getBean(MeterRegistry.class);
            assertThat(r.get("filmgen.model.calls").tags("kind", "text", "model", "offline", "outcome", "ok").timer()
                    .count()).isGreaterThanOrEqualTo(1);
            assertThat(r.get("filmgen.stage.duration").tag("stage", "script").timer().count()).isEqualTo(1);
            assertThat(r.find("filmgen.model.paid.units").counters()).isEmpty(); // offline costs nothing
        });
        web().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("filmgen.metrics.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(FilmgenMetrics.class));
    }

    @Test
    void meteredModelsTimeEachCallByOutcomeAndPassBilledUnitsAndModelFactsThrough() {
        MeterRegistry r = new SimpleMeterRegistry();
        TextModel text = (req, deltas) -> {
            if (req.model().equals("qwen-busy")) {
                throw new RateLimitedException("429 Throttling", null);
            }
            return new TextResponse("ok", new Usage(120, 30));
        };
        BilledSpeech speech = new BilledSpeech();
        ModelSet m = MeteredModels.wrap(new ModelSet(text, null, null, speech, null), r);
        TextResponse answer = m.text().chat(new TextRequest("qwen-max", List.of(ChatMessage.user("hi")), null, null,
                null, null, null), d -> { });
        assertThat(answer.usage().inputTokens()).isEqualTo(120);
        assertThatThrownBy(() -> m.text().chat(new TextRequest("qwen-busy", List.of(ChatMessage.user("hi")), null,
                null, null, null, null), d -> { })).isInstanceOf(RateLimitedException.class);
        Billed<MediaAsset> said = m.speech().speakBilled(new SpeechRequest("qwen-tts", "椰汁好喝", "Cherry", "zh", "line"));

        assertThat(said.units()).isEqualTo(Units.of(Units.CHARACTERS, 8)); // the provider's count, not ours (4)
        assertThat(said.value()).isSameAs(speech.voice);
        assertThat(m.speech()).isInstanceOf(ModelFacts.class);
        assertThat(((ModelFacts) m.speech()).quota("qwen-tts")).contains(speech.quota);
        assertThat(m.text()).isNotInstanceOf(ModelFacts.class);
        assertThat(r.get("filmgen.model.calls").tags("model", "qwen-max", "outcome", "ok").timer().count()).isEqualTo(1);
        assertThat(r.get("filmgen.model.calls").tags("model", "qwen-busy", "outcome", "rate_limited").timer().count())
                .isEqualTo(1);
        assertThat(r.get("filmgen.model.calls").tags("kind", "speech", "model", "qwen-tts", "outcome", "ok").timer()
                .count()).as("speakBilled is one call, timed once").isEqualTo(1);
        assertThat(r.find("filmgen.model.paid.units").counters()).as("paid units come from the ledger").isEmpty();
        assertThat(m.image()).isNull();
    }

    @Test
    void chargesCountPaidUnitsAndCostButAFreeModelCountsNothing() {
        MeterRegistry r = new SimpleMeterRegistry();
        FilmgenMetrics m = new FilmgenMetrics(r);
        m.onEvent(new FilmEvent.Charged("s", Stage.SCRIPT, -1, "qwen-max", "text", Units.tokens(1200, 300).counts(),
                false, new BigDecimal("0.00576")));
        m.onEvent(new FilmEvent.Charged("s", Stage.VIDEO, 2, "wan2.2-i2v-plus", "video",
                Map.of(Units.videoSeconds("480P"), 5L), true, new BigDecimal("0.70")));
        m.onEvent(new FilmEvent.Charged("s", Stage.AUDIO, 0, "my-tts", "speech", Map.of(Units.CHARACTERS, 11L), true,
                null));
        m.onEvent(new FilmEvent.Charged("s", Stage.SCRIPT, -1, "offline", "text", Units.tokens(900, 200).counts(),
                true, BigDecimal.ZERO));

        assertThat(r.get("filmgen.model.paid.units").tags("model", "qwen-max", "unit", "input_tokens").counter()
                .count()).isEqualTo(1200);
        assertThat(r.get("filmgen.model.paid.units").tags("model", "qwen-max", "unit", "output_tokens").counter()
                .count()).isEqualTo(300);
        assertThat(r.get("filmgen.model.paid.units").tags("model", "wan2.2-i2v-plus", "unit", "video_seconds_480P")
                .counter().count()).isEqualTo(5);
        assertThat(r.get("filmgen.cost").tags("model", "wan2.2-i2v-plus", "stage", "video").counter().count())
                .isEqualTo(0.70);
        assertThat(r.get("filmgen.cost").tags("model", "qwen-max", "stage", "script").counter().count())
                .isEqualTo(0.00576);
        assertThat(r.get("filmgen.model.paid.units").tags("model", "my-tts").counter().count())
                .as("an unpriced model still counts its units").isEqualTo(11);
        assertThat(r.find("filmgen.cost").tag("model", "my-tts").counters()).as("but no money").isEmpty();
        assertThat(r.find("filmgen.model.paid.units").tag("model", "offline").counters()).isEmpty();
        assertThat(r.find("filmgen.cost").tag("model", "offline").counters()).isEmpty();
    }

    @Test
    void theCostMeterAddsUpToWhatTheTurnsReportAtTheHostsPrices() {
        PriceList prices = PriceList.builder().price("offline", ModelPrice.from("test")
                .perThousand(Units.INPUT_TOKENS, "0.002").perThousand(Units.OUTPUT_TOKENS, "0.008").build()).build();
        web().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(PriceList.class, () -> prices)
                .run(ctx -> {
                    FilmAgent agent = ctx.getBean(FilmAgent.class);
                    TurnResult topic = agent.chat("c1", new UserMessage("百炼椰汁", "Topic", null), e -> { });
                    TurnResult script = agent.chat("c1", new UserMessage("", "Script", null), e -> { });
                    MeterRegistry r = ctx.getBean(MeterRegistry.class);
                    BigDecimal reported = topic.cost().total().add(script.cost().total());
                    assertThat(reported).isPositive();
                    assertThat(r.find("filmgen.cost").counters().stream().mapToDouble(Counter::count).sum())
                            .isCloseTo(reported.doubleValue(), within(1e-9));
                    long ledgerTokens = script.session().charges().stream()
                            .mapToLong(c -> c.units().get(Units.INPUT_TOKENS)).sum();
                    assertThat(r.get("filmgen.model.paid.units").tags("model", "offline", "unit", "input_tokens")
                            .counter().count()).isEqualTo(ledgerTokens);
                });
    }

    /** A speech port that reads its provider's bill (8 characters, as if it counted CJK twice) and its quota. */
    static final class BilledSpeech implements SpeechModel, ModelFacts {
        final MediaAsset voice = MediaAsset.of(URI.create("memory://voice.mp3"), "audio/mpeg");
        final Quota quota = new Quota(10, Duration.ofMinutes(1), 1);

        @Override
        public MediaAsset speak(SpeechRequest request) {
            return speakBilled(request).value();
        }

        @Override
        public Billed<MediaAsset> speakBilled(SpeechRequest request) {
            return new Billed<>(voice, Units.of(Units.CHARACTERS, 8));
        }

        @Override
        public Optional<Quota> quota(String model) {
            return Optional.of(quota);
        }
    }

    @Test
    void eventMetersCountStagesFailuresFilmsAndQuotaWaits() {
        MeterRegistry r = new SimpleMeterRegistry();
        FilmgenMetrics m = new FilmgenMetrics(r);
        m.onEvent(new FilmEvent.StageDone("s", Stage.VIDEO, null, 1500));
        m.onEvent(new FilmEvent.StageDone("s", Stage.FILM, null, 900));
        m.onEvent(new FilmEvent.StageFailed("s", Stage.VIDEO, 1, "provider_rejected",
                "DataInspectionFailed"));
        m.onEvent(new FilmEvent.QuotaWait("s", Stage.AUDIO, "qwen-tts", "rate",
                "10 per minute, 1 at once", 6000));
        m.onEvent(new FilmEvent.QuotaWait("s", Stage.AUDIO, "qwen-tts", "in_flight",
                "10 per minute, 1 at once", -1));
        assertThat(r.get("filmgen.stage.duration").tag("stage", "video").timer().totalTime(
                java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(1500);
        assertThat(r.get("filmgen.films").counter().count()).isEqualTo(1);
        assertThat(r.get("filmgen.stage.failures").tags("stage", "video", "code", "provider_rejected").counter()
                .count()).isEqualTo(1);
        assertThat(r.get("filmgen.quota.waits").tags("model", "qwen-tts", "reason", "rate").counter().count())
                .isEqualTo(1);
        assertThat(r.get("filmgen.quota.waits").tags("model", "qwen-tts", "reason", "in_flight").counter().count())
                .isEqualTo(1);
        assertThat(r.get("filmgen.quota.wait.expected").tag("model", "qwen-tts").timer().count()).isEqualTo(1);
    }

    @Configuration(proxyBeanMethods = false)
    static class ReadOnlyStorage {
        @Bean
        Storage readOnly() {
            MemoryStorage memory = new MemoryStorage();
            return new Storage() {
                @Override
                public dev.filmgen.storage.StoredObject put(String key, java.io.InputStream data, long length,
                                                             String contentType) {
                    throw new dev.filmgen.error.NonRetriableException("disk full");
                }

                @Override
                public java.io.InputStream open(String key) {
                    return memory.open(key);
                }

                @Override
                public java.util.Optional<dev.filmgen.storage.StoredObject> stat(String key) {
                    return memory.stat(key);
                }

                @Override
                public URI link(String key, Duration ttl) {
                    return memory.link(key, ttl);
                }

                @Override
                public boolean delete(String key) {
                    return memory.delete(key);
                }
            };
        }
    }
}
