package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.handler.Handler;
import dev.filmgen.spring.boot.autoconfigure.FilmgenStage;
import dev.filmgen.stage.Stage;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;

/** Finds the host's {@code Handler} beans and the stage each one names with {@link FilmgenStage}. */
public final class HandlerBeans {
    private HandlerBeans() {
    }

    /** The handler beans by stage; a bean without {@code @FilmgenStage}, or two for one stage, is an error. */
    public static Map<Stage, Handler> byStage(ListableBeanFactory beans) {
        Map<Stage, Handler> out = new EnumMap<>(Stage.class);
        Map<Stage, String> names = new EnumMap<>(Stage.class);
        for (String name : beans.getBeanNamesForType(Handler.class)) {
            FilmgenStage stage = beans.findAnnotationOnBean(name, FilmgenStage.class);
            if (stage == null) {
                throw new IllegalStateException("Handler bean '" + name + "' does not say which stage it runs: "
                        + "annotate its @Bean method or class with @FilmgenStage(Stage.X)");
            }
            String before = names.put(stage.value(), name);
            if (before != null) {
                throw new IllegalStateException("two Handler beans for stage " + stage.value() + ": '" + before
                        + "' and '" + name + "'");
            }
            out.put(stage.value(), beans.getBean(name, Handler.class));
        }
        return out;
    }
}
