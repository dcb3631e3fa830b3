package dev.filmgen.agentscope.internal;

import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.agentscope.FilmSettings;
import dev.filmgen.config.FilmConfig;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agents behind the tools, one per {@link FilmSettings}, and the session ids that remember which settings a
 * session was made with ({@code ad-<time>-<hex>-b<boards>-<W>x<H>}), so every later call on a session uses them.
 */
public final class Variants implements AutoCloseable {
    private static final Pattern SETTINGS = Pattern.compile("-b(\\d{1,2})-(16x9|9x16|1x1)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final FilmAgentBuilder template;
    private final FilmConfig base;
    private final FilmAgent fixed;
    private final FilmSettings defaults;
    private final Map<FilmSettings, FilmAgent> built = new ConcurrentHashMap<>();

    private Variants(FilmAgentBuilder template, FilmConfig base, FilmAgent fixed, FilmSettings defaults) {
        this.template = template;
        this.base = base;
        this.fixed = fixed;
        this.defaults = defaults;
    }

    /** Agents built from {@code template} with {@code base}'s boards and aspect replaced per settings. */
    public static Variants fromTemplate(FilmAgentBuilder template, FilmConfig base, FilmSettings defaults) {
        return new Variants(template, base, null, defaults);
    }

    /** One agent for everything. */
    public static Variants fixed(FilmAgent agent, FilmSettings defaults) {
        return new Variants(null, null, agent, defaults);
    }

    /** Whether calls can choose boards and aspect. */
    public boolean choosable() {
        return fixed == null;
    }

    /** The settings when a call names none. */
    public FilmSettings defaults() {
        return defaults;
    }

    /** The agent that makes films with {@code settings}. */
    public FilmAgent agent(FilmSettings settings) {
        if (fixed != null) {
            return fixed;
        }
        return built.computeIfAbsent(settings, s -> {
            synchronized (template) {
                return template.config(new FilmConfig(base.stages(), base.intentModel(), s.boards(), base.maxRoles(),
                        s.aspect(), base.clipSeconds(), base.seed(), base.filmStyle())).build();
            }
        });
    }

    /** A new session id that carries {@code settings}. */
    public String newSessionId(FilmSettings settings) {
        return "ad-" + LocalDateTime.now(ZoneOffset.UTC).format(TIME) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000)) + "-b" + settings.boards()
                + "-" + settings.aspect().replace(':', 'x');
    }

    /** The settings a session id carries, if it was made by these tools. */
    public static Optional<FilmSettings> settingsOf(String sessionId) {
        Matcher m = SETTINGS.matcher(sessionId);
        if (!m.find()) {
            return Optional.empty();
        }
        int boards = Integer.parseInt(m.group(1));
        return boards < 1 || boards > 12 ? Optional.empty()
                : Optional.of(new FilmSettings(boards, m.group(2).replace('x', ':')));
    }

    @Override
    public void close() {
        built.values().forEach(FilmAgent::close);
        built.clear();
    }
}
