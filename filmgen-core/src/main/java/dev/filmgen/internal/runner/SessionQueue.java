package dev.filmgen.internal.runner;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Runs turns of one session one after another, in arrival order; different sessions run concurrently. */
public final class SessionQueue {
    private final ConcurrentMap<String, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    /** Queues {@code work} behind every earlier turn of {@code sessionId}. */
    public <T> CompletableFuture<T> submit(String sessionId, Supplier<T> work, Executor executor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<?> tail = tails.compute(sessionId, (k, prev) -> {
            CompletableFuture<?> before = prev == null ? CompletableFuture.completedFuture(null) : prev;
            return before.handle((x, e) -> null).thenRunAsync(() -> {
                try {
                    result.complete(work.get());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            }, executor);
        });
        tail.whenComplete((x, e) -> tails.remove(sessionId, tail));
        return result;
    }
}
