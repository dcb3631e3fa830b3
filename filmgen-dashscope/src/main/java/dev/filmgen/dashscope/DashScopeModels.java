package dev.filmgen.dashscope;

import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.config.FilmConfig;
import dev.filmgen.dashscope.internal.ClientSettings;
import dev.filmgen.stages.BuiltinHandlers;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ModelSet;
import dev.filmgen.model.SpeechModel;
import dev.filmgen.model.TextModel;
import dev.filmgen.model.VideoModel;
import dev.filmgen.model.VisionModel;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * All Bailian (DashScope) model ports of one account and endpoint. Connection settings live here, per
 * instance: the SDK's global statics are never touched, so two instances may talk to two endpoints.
 * {@link Builder#build()} does no I/O; the API key is never logged or put in a message.
 */
public final class DashScopeModels {
    private final Builder config;
    private final ClientSettings settings;
    private final DashScopeTextModel text;
    private final DashScopeImageModel image;
    private final DashScopeVideoModel video;
    private final DashScopeSpeechModel speech;
    private final DashScopeVisionModel vision;

    private DashScopeModels(Builder b, ClientSettings settings) {
        this.config = b.copy();
        this.settings = settings;
        this.text = new DashScopeTextModel(settings);
        this.image = new DashScopeImageModel(settings);
        this.video = new DashScopeVideoModel(settings);
        this.speech = new DashScopeSpeechModel(settings);
        this.vision = new DashScopeVisionModel(settings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every DashScope port, configured from {@code DASHSCOPE_API_KEY}, {@code DASHSCOPE_REGION} and
     * {@code DASHSCOPE_HTTP_BASE_URL}.
     */
    public static ModelSet fromEnv() {
        return builder().build().modelSet();
    }

    /**
     * A {@code FilmAgent} builder wired with every DashScope port of the environment ({@code DASHSCOPE_API_KEY},
     * {@code DASHSCOPE_HTTP_BASE_URL}), the built-in handlers and the demo's configuration; the host adds
     * storage and a composer. The CLI uses it when {@code DASHSCOPE_API_KEY} is set.
     */
    public static FilmAgentBuilder agentFromEnv() {
        return builder().build().agentBuilder();
    }

    /**
     * A {@code FilmAgent} builder with these five ports, the built-in handlers, the demo's configuration and the
     * Model Studio prices ({@link DashScopePrices}).
     */
    public FilmAgentBuilder agentBuilder() {
        return FilmAgent.builder().models(modelSet()).handlers(BuiltinHandlers.all()).config(FilmConfig.defaults())
                .prices(DashScopePrices.list());
    }

    public Builder toBuilder() {
        return config.copy();
    }

    public TextModel text() {
        return text;
    }

    public ImageModel image() {
        return image;
    }

    public VideoModel video() {
        return video;
    }

    public SpeechModel speech() {
        return speech;
    }

    public VisionModel vision() {
        return vision;
    }

    /** The five ports as one set. */
    public ModelSet modelSet() {
        return new ModelSet(text, image, video, speech, vision);
    }

    /** The endpoint these models call. */
    public String baseUrl() {
        return settings.baseUrl();
    }

    /** The region of the key and endpoint. */
    public DashScopeRegion region() {
        return settings.region();
    }

    @Override
    public String toString() {
        return "DashScopeModels[" + settings.region().id() + ", " + settings.baseUrl() + "]";
    }

    /** Connection settings; unset values come from the environment, then {@link DashScopeDefaults}. */
    public static final class Builder {
        private String apiKey;
        private String baseUrl;
        private DashScopeRegion region;
        private Duration connectTimeout = DashScopeDefaults.CONNECT_TIMEOUT;
        private Duration readTimeout = DashScopeDefaults.READ_TIMEOUT;
        private Duration pollInterval = DashScopeDefaults.POLL_INTERVAL;
        private Duration maxPollInterval = DashScopeDefaults.MAX_POLL_INTERVAL;
        private Duration imageDeadline = DashScopeDefaults.IMAGE_DEADLINE;
        private Duration videoDeadline = DashScopeDefaults.VIDEO_DEADLINE;
        private long maxInlineBytes = Long.MAX_VALUE;
        private UnaryOperator<String> environment = System::getenv;
        private ClientSettings.Sleeper sleeper = ClientSettings.Sleeper.threadSleep();

        private Builder() {
        }

        /** The API key; when unset, {@code DASHSCOPE_API_KEY} is used. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The native API base URL; when unset, {@code DASHSCOPE_HTTP_BASE_URL}, then the region's endpoint. A proxy or
         * test server works too; its region is then {@link #region}'s (Beijing when unset).
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The region of the key ({@code DASHSCOPE_REGION} when unset, else the region of the base URL, else Beijing):
         * it picks the endpoint when no base URL is set, and which models are offered.
         */
        public Builder region(DashScopeRegion region) {
            this.region = region;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Socket read timeout, also the longest silence allowed inside a stream. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** First wait between polls of an image or clip task; doubles up to {@link #maxPollInterval}. */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        public Builder maxPollInterval(Duration maxPollInterval) {
            this.maxPollInterval = maxPollInterval;
            return this;
        }

        /** How long an image task may run before the call fails with a deadline error naming the task. */
        public Builder imageDeadline(Duration imageDeadline) {
            this.imageDeadline = imageDeadline;
            return this;
        }

        /** How long a clip task may run before the call fails with a deadline error naming the task. */
        public Builder videoDeadline(Duration videoDeadline) {
            this.videoDeadline = videoDeadline;
            return this;
        }

        /**
         * A cap on inline pictures, in bytes of the {@code data:} URI as sent (its characters), below each model's
         * documented limit ({@link DashScopeCatalog}), which applies anyway. Unset by default.
         */
        public Builder maxInlineBytes(long maxInlineBytes) {
            this.maxInlineBytes = maxInlineBytes;
            return this;
        }

        /** Where unset settings are looked up (default: the process environment); for tests and hosts. */
        public Builder environment(UnaryOperator<String> environment) {
            this.environment = environment;
            return this;
        }

        Builder sleeper(ClientSettings.Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Validates and builds; no I/O. */
        public DashScopeModels build() {
            Objects.requireNonNull(environment, "environment");
            String key = apiKey != null ? apiKey : environment.apply(DashScopeDefaults.API_KEY_ENV);
            if (key == null || key.isBlank()) {
                throw new InvalidInputException("apiKey: not set; call DashScopeModels.builder().apiKey(...) or set "
                        + DashScopeDefaults.API_KEY_ENV);
            }
            String url = baseUrl != null ? baseUrl : environment.apply(DashScopeDefaults.BASE_URL_ENV);
            url = url == null || url.isBlank() ? null : url.trim();
            DashScopeRegion where = region(url);
            url = url == null ? where.baseUrl() : url;
            checkUrl(url);
            positive("connectTimeout", connectTimeout);
            positive("readTimeout", readTimeout);
            positive("pollInterval", pollInterval);
            positive("maxPollInterval", maxPollInterval);
            positive("imageDeadline", imageDeadline);
            positive("videoDeadline", videoDeadline);
            if (maxPollInterval.compareTo(pollInterval) < 0) {
                throw new InvalidInputException("maxPollInterval: must not be shorter than pollInterval ("
                        + pollInterval + ")");
            }
            if (maxInlineBytes <= 0) {
                throw new InvalidInputException("maxInlineBytes: must be positive, was " + maxInlineBytes);
            }
            ClientSettings settings = new ClientSettings(key.trim(), url, where, connectTimeout, readTimeout, pollInterval,
                    maxPollInterval, imageDeadline, videoDeadline, maxInlineBytes, Objects.requireNonNull(sleeper));
            return new DashScopeModels(this, settings);
        }

        /** The region asked for (here, then in the environment), checked against the endpoint's own region. */
        private DashScopeRegion region(String url) {
            String named = environment.apply(DashScopeDefaults.REGION_ENV);
            DashScopeRegion asked = region != null ? region
                    : named == null || named.isBlank() ? null : DashScopeRegion.of(named);
            java.util.Optional<DashScopeRegion> ofUrl = url == null ? java.util.Optional.empty()
                    : DashScopeRegion.fromBaseUrl(url);
            if (asked != null && ofUrl.isPresent() && ofUrl.get() != asked) {
                throw new InvalidInputException("region: " + asked.describe() + " was asked for ("
                        + (region != null ? "region(...)" : DashScopeDefaults.REGION_ENV) + ") but the base URL " + url
                        + " is in " + ofUrl.get().describe() + "; keys work only in their own region: set one of them"
                        + " or make them agree (" + asked.describe() + ": " + asked.baseUrl() + ")");
            }
            return asked != null ? asked : ofUrl.orElse(DashScopeRegion.CN_BEIJING);
        }

        private static void checkUrl(String url) {
            try {
                URI u = URI.create(url);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                    throw new InvalidInputException("baseUrl: must be an http(s) URL, was " + url);
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("baseUrl: not a URL: " + url, e);
            }
        }

        private static void positive(String field, Duration d) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new InvalidInputException(field + ": must be a positive duration, was " + d);
            }
        }

        private Builder copy() {
            Builder b = new Builder();
            b.apiKey = apiKey;
            b.baseUrl = baseUrl;
            b.region = region;
            b.connectTimeout = connectTimeout;
            b.readTimeout = readTimeout;
            b.pollInterval = pollInterval;
            b.maxPollInterval = maxPollInterval;
            b.imageDeadline = imageDeadline;
            b.videoDeadline = videoDeadline;
            b.maxInlineBytes = maxInlineBytes;
            b.environment = environment;
            b.sleeper = sleeper;
            return b;
        }
    }
}
