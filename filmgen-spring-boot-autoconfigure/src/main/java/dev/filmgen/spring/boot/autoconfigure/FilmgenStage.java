package dev.filmgen.spring.boot.autoconfigure;

import dev.filmgen.stage.Stage;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the stage a {@code Handler} bean replaces: put it on the {@code @Bean} method or the component class.
 * Every {@code Handler} bean needs it; stages without one keep their built-in handler.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FilmgenStage {
    /** The stage the handler runs. */
    Stage value();
}
