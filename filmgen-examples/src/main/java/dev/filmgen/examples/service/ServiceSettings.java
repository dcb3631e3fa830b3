package dev.filmgen.examples.service;

import dev.filmgen.error.InvalidInputException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The service's settings from the command line ({@code --port}, {@code --host}, {@code --data-dir},
 * {@code --config}) and the
 * environment ({@code FILMGEN_*}); the command line wins. Bad values are an {@link InvalidInputException}
 * naming the option.
 *
 * @param host interface to bind ({@code FILMGEN_HOST}, default {@code 0.0.0.0})
 * @param port port ({@code FILMGEN_PORT}, default 8080)
 * @param home sessions, artifacts and uploads ({@code FILMGEN_HOME}, default {@code .filmgen})
 * @param publicUrl how clients reach this service, for signed links ({@code FILMGEN_PUBLIC_URL},
 *                  default {@code http://localhost:<port>})
 * @param linkSecret HMAC secret of artifact links ({@code FILMGEN_LINK_SECRET}), or null for a random one per run
 * @param apiToken bearer token required on {@code /process} ({@code FILMGEN_API_TOKEN}), or null
 * @param allowPrivateImageHosts fetch product photos from private addresses
 *                               ({@code FILMGEN_ALLOW_PRIVATE_IMAGE_HOSTS=true})
 * @param maxBodyBytes request body limit ({@code FILMGEN_MAX_BODY_BYTES}, default 1 MiB)
 * @param config a config.json ({@code --config} or {@code FILMGEN_CONFIG}), or null for the defaults
 * @param maxTurns turns that may run at once, more get 503 ({@code FILMGEN_MAX_TURNS}, default 32)
 * @param maxConnections open connections beyond which requests get 503 ({@code FILMGEN_MAX_CONNECTIONS},
 *                       default 1000)
 */
public record ServiceSettings(String host, int port, Path home, String publicUrl, String linkSecret, String apiToken,
                              boolean allowPrivateImageHosts, int maxBodyBytes, Path config, int maxTurns,
                              int maxConnections) {

    /** Reads {@code args} and {@code env} (for example {@code System::getenv}). */
    public static ServiceSettings parse(String[] args, UnaryOperator<String> env) {
        String host = blankToNull(env.apply("FILMGEN_HOST"));
        String port = blankToNull(env.apply("FILMGEN_PORT"));
        String home = blankToNull(env.apply("FILMGEN_HOME"));
        String config = blankToNull(env.apply("FILMGEN_CONFIG"));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.equals("--port") && !a.equals("--host") && !a.equals("--data-dir") && !a.equals("--config")) {
                throw new InvalidInputException("unknown option '" + a
                        + "' (known: --port N, --host H, --data-dir DIR, --config FILE)");
            }
            if (i + 1 >= args.length) {
                throw new InvalidInputException(a + " needs a value");
            }
            String v = args[++i];
            if (a.equals("--port")) {
                port = v;
            } else if (a.equals("--host")) {
                host = v;
            } else if (a.equals("--config")) {
                config = v;
            } else {
                home = v;
            }
        }
        int p = number("--port / FILMGEN_PORT", port == null ? "8080" : port, 0, 65535);
        int body = number("FILMGEN_MAX_BODY_BYTES", blankToNull(env.apply("FILMGEN_MAX_BODY_BYTES")) == null
                ? String.valueOf(1024 * 1024) : env.apply("FILMGEN_MAX_BODY_BYTES"), 1024, 64 * 1024 * 1024);
        int turns = number("FILMGEN_MAX_TURNS", orDefault(env.apply("FILMGEN_MAX_TURNS"), "32"), 1, 10_000);
        int connections = number("FILMGEN_MAX_CONNECTIONS", orDefault(env.apply("FILMGEN_MAX_CONNECTIONS"), "1000"),
                1, 1_000_000);
        String publicUrl = blankToNull(env.apply("FILMGEN_PUBLIC_URL"));
        if (publicUrl != null && !publicUrl.matches("https?://[^\\s]+")) {
            throw new InvalidInputException("FILMGEN_PUBLIC_URL must be an http(s) URL, was '" + publicUrl + "'");
        }
        return new ServiceSettings(host == null ? "0.0.0.0" : host, p, Path.of(home == null ? ".filmgen" : home),
                publicUrl == null ? "http://localhost:" + p : publicUrl.replaceAll("/+$", ""),
                blankToNull(env.apply("FILMGEN_LINK_SECRET")), blankToNull(env.apply("FILMGEN_API_TOKEN")),
                "true".equalsIgnoreCase(env.apply("FILMGEN_ALLOW_PRIVATE_IMAGE_HOSTS")), body,
                config == null ? null : Path.of(config), turns, connections);
    }

    private static String orDefault(String value, String fallback) {
        return blankToNull(value) == null ? fallback : value;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new InvalidInputException(name + " must be " + min + "-" + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a number, was '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
