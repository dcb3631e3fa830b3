package dev.filmgen.agentscope.internal;

import io.agentscope.core.message.ToolResultBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** JSON-schema pieces and the blocking-to-Mono bridge the two tools share. */
final class ToolSupport {
    private ToolSupport() {
    }

    static Map<String, Object> property(String type, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("description", description);
        return p;
    }

    static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("properties", properties);
        s.put("required", required);
        return s;
    }

    /**
     * Runs {@code work} on {@code pool} and completes with its result. Cancelling the Mono (a tool timeout) does not
     * interrupt the turn: it runs on and saves, and the session can be resumed.
     */
    static Mono<ToolResultBlock> offload(ExecutorService pool, Supplier<ToolResultBlock> work) {
        return Mono.fromFuture(CompletableFuture.supplyAsync(work, pool), true);
    }
}
