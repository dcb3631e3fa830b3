package dev.filmgen.spring.boot.autoconfigure.internal;

import dev.filmgen.spring.boot.autoconfigure.FilmgenProperties;
import org.springframework.core.env.Environment;

/** The endpoint paths and link base the web properties describe. */
public final class WebPaths {
    private WebPaths() {
    }

    /** {@code filmgen.web.path} as {@code /prefix} (no trailing slash), or empty. */
    public static String prefix(FilmgenProperties.WebProperties web) {
        String p = web.getPath() == null ? "" : web.getPath().strip();
        p = p.replaceAll("/+$", "");
        return p.isEmpty() || p.startsWith("/") ? p : "/" + p;
    }

    /**
     * The base URL of signed file links: public URL (or {@code http://localhost:<server.port><context path>}),
     * path prefix, {@code /files}.
     */
    public static String filesBase(FilmgenProperties.WebProperties web, Environment env) {
        String url = web.getPublicUrl() != null ? web.getPublicUrl() : "http://localhost:"
                + env.getProperty("server.port", "8080") + env.getProperty("server.servlet.context-path", "");
        String base = url.strip().replaceAll("/+$", "");
        if (!base.matches("https?://\\S+")) {
            throw new IllegalStateException("filmgen.web.public-url must be an http(s) URL, was '"
                    + web.getPublicUrl() + "'");
        }
        return base + prefix(web) + "/files";
    }
}
