package dev.filmgen.spring.boot.autoconfigure;

import dev.filmgen.FilmAgentBuilder;

/**
 * Changes the auto-configured {@link FilmAgentBuilder} before the {@code FilmAgent} is built: beans of this type
 * run in {@link org.springframework.core.annotation.Order} order after every auto-configured part was set, so
 * they win (wrap a handler, set a deadline, swap a model port...).
 */
@FunctionalInterface
public interface FilmAgentBuilderCustomizer {
    /** Adjusts {@code builder}; called once, on the thread that creates the agent. */
    void customize(FilmAgentBuilder builder);
}
