package dev.filmgen.spring.boot.autoconfigure.metrics;

import dev.filmgen.error.ErrorCodes;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.ModelFacts;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.TextRequest;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VideoRequest;
import dev.filmgen.model.VisionModel;
import dev.filmgen.model.VisionRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Wraps the model ports so every provider attempt is timed where it happens (after the agent's reuse cache, so a
 * reused result is no call; once per retry): {@code filmgen.model.calls} (timer; tags kind, model, outcome =
 * {@code ok} or the failure code such as {@code rate_limited}). Each wrapper is a proxy that passes every method on
 * unchanged — the billed variants ({@code generateBilled}, {@code speakBilled}, {@code describeBilled}), so the
 * provider's own units reach the session's cost ledger, and the port's {@link ModelFacts} (documented quotas,
 * voices, caps), so the runner keeps the provider's limits — and only adds the timing. Paid units and money are
 * not counted here but from the ledger ({@link FilmgenMetrics}).
 */
public final class MeteredModels {
    private final MeterRegistry registry;

    private MeteredModels(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code models} with each present port measured into {@code registry}. */
    public static ModelSet wrap(ModelSet models, MeterRegistry registry) {
        MeteredModels m = new MeteredModels(registry);
        return new ModelSet(
                m.metered(TextModel.class, "text", models.text(), r -> ((TextRequest) r).model()),
                m.metered(ImageModel.class, "image", models.image(), r -> ((ImageRequest) r).model()),
                m.metered(VideoModel.class, "video", models.video(), r -> ((VideoRequest) r).model()),
                m.metered(SpeechModel.class, "speech", models.speech(), r -> ((SpeechRequest) r).model()),
                m.metered(VisionModel.class, "vision", models.vision(), r -> ((VisionRequest) r).model()));
    }

    /**
     * A proxy of {@code port} (and of {@link ModelFacts} when the port implements it) that times every method the
     * port interface declares — each takes the request first — and passes everything else straight through.
     */
    private <T> T metered(Class<T> type, String kind, T port, Function<Object, String> modelOf) {
        if (port == null) {
            return null;
        }
        Class<?>[] types = port instanceof ModelFacts ? new Class<?>[] {type, ModelFacts.class} : new Class<?>[] {type};
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, port, method, args);
            }
            if (method.getDeclaringClass() != type || args == null || args.length == 0) {
                return invoke(port, method, args);
            }
            return timed(kind, args[0] == null ? null : modelOf.apply(args[0]), port, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), types, handler));
    }

    private Object timed(String kind, String model, Object port, Method method, Object[] args) throws Throwable {
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            return invoke(port, method, args);
        } catch (RuntimeException | Error e) {
            outcome = ErrorCodes.of(e);
            throw e;
        } finally {
            Timer.builder("filmgen.model.calls").description("Calls to a model provider, by outcome")
                    .tag("kind", kind).tag("model", String.valueOf(model)).tag("outcome", outcome)
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object objectMethod(Object proxy, Object port, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "metered " + port;
        }
    }
}
