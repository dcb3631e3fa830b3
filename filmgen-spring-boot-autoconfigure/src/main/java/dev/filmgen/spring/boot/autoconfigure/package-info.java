/**
 * Spring Boot auto-configuration of filmgen: {@link dev.filmgen.spring.boot.autoconfigure.FilmgenProperties}
 * ({@code filmgen.*}), {@link dev.filmgen.spring.boot.autoconfigure.FilmgenAutoConfiguration} (the
 * {@code FilmAgent} and its parts), {@link dev.filmgen.spring.boot.autoconfigure.FilmAgentBuilderCustomizer} and
 * {@link dev.filmgen.spring.boot.autoconfigure.FilmgenStage} for hosts.
 */
package dev.filmgen.spring.boot.autoconfigure;
