package dev.filmgen.examples.service;

import dev.filmgen.FilmAgent;
import dev.filmgen.TurnResult;
import java.util.Objects;

/** Runs the service's turns on a {@link FilmAgent}. */
public final class AgentTurns {
    private AgentTurns() {
    }

    /**
     * A {@link TurnExecutor} over {@code agent}: a turn whose result lists failures throws the first one
     * (the wire response then reports every failure the turn's events named).
     */
    public static TurnExecutor of(FilmAgent agent) {
        Objects.requireNonNull(agent, "agent");
        return (sessionId, message, listener) -> {
            TurnResult result = agent.chat(sessionId, message, listener);
            if (!result.ok()) {
                throw result.failures().get(0);
            }
        };
    }
}
