package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.spring.boot.autoconfigure.FilmgenAutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/** Decides which model provider the properties and the environment ask for. */
public final class Providers {
    /** The DashScope key property. */
    public static final String API_KEY_PROPERTY = "filmgen.dashscope.api-key";
    /** The DashScope key environment variable. */
    public static final String API_KEY_ENV = "DASHSCOPE_API_KEY";

    private Providers() {
    }

    /** The DashScope key from {@code filmgen.dashscope.api-key}, else {@code DASHSCOPE_API_KEY}; null when neither. */
    public static String apiKey(Environment env) {
        String key = env.getProperty(API_KEY_PROPERTY);
        if (key == null || key.isBlank()) {
            key = env.getProperty(API_KEY_ENV);
        }
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** Whether DashScope is used: a key is set, {@code filmgen.offline} is not, and filmgen-dashscope is present. */
    public static boolean online(Environment env, ClassLoader loader) {
        return !env.getProperty("filmgen.offline", Boolean.class, false) && apiKey(env) != null
                && ClassUtils.isPresent("dev.filmgen.dashscope.DashScopeModels", loader);
    }

    /**
     * Which provider the context's models come from, as the health details and meters name it: {@code offline},
     * {@code dashscope}, or {@code custom} for a host's own {@code ModelSet}.
     */
    public static String inUse(ListableBeanFactory beans) {
        return beans.containsBeanDefinition(FilmgenAutoConfiguration.OFFLINE_MODELS_BEAN) ? "offline"
                : beans.containsBeanDefinition(FilmgenAutoConfiguration.DASHSCOPE_MODELS_BEAN) ? "dashscope" : "custom";
    }
}
