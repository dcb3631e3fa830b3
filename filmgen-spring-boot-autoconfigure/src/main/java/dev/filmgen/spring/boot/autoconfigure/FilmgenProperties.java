package dev.filmgen.spring.boot.autoconfigure;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code filmgen.*} properties. Stage settings mirror the reference demo's {@code config.json}: a
 * {@code filmgen.config-file} is read first and the properties here are laid over it.
 */
@ConfigurationProperties(prefix = "filmgen")
public class FilmgenProperties {
    /** Whether filmgen is configured at all. */
    private boolean enabled = true;
    /** Folder of sessions (file store), local artifacts and scratch files. */
    private Path dataDir = Path.of(".filmgen");
    /** A config.json in the reference demo's format, read before the properties below. */
    private Path configFile;
    /** Use the offline template models even when a DashScope key is set. */
    private boolean offline;
    /** Seed of the offline models and of model calls that take one. */
    private Long seed;
    /** Picture and film shape: 16:9, 9:16 or 1:1 (config.json: aspect). */
    private String aspect;
    /** Requested clip length in seconds, 1-30 (config.json: clip_seconds). */
    private Integer clipSeconds;
    /** Most boards of a storyboard, 1-12 (config.json: storyboard.max_boards). */
    private Integer maxBoards;
    /** Most characters, 0-6 (config.json: storyboard.max_roles). */
    private Integer maxRoles;
    /** Text model of the LLM intent classifier (config.json: intent.model); offline uses the rule classifier. */
    private String intentModel;
    /** Longest a turn may run before it is cancelled; unset: the agent's default (2 h). */
    private Duration turnDeadline;
    /** Most yuan (CNY) one turn may spend on model calls at the agent's prices (config.json: budget); unset: no limit. */
    private BigDecimal budget;
    /** Where sessions are kept: file (under data-dir), memory (lost on restart), or jdbc (filmgen-store-jdbc). */
    private StoreType store = StoreType.FILE;
    /**
     * Per-stage settings keyed by config.json section: script, storyboard, role_description, role_image,
     * first_frame_description, first_frame_image, video_description, video, line, audio, film.
     */
    private Map<String, StageProperties> stages = new LinkedHashMap<>();
    /** How the Film stage composes (config.json: the film section). */
    private final FilmProperties film = new FilmProperties();
    /** The DashScope (Bailian) connection. */
    private final DashScopeProperties dashscope = new DashScopeProperties();
    /** Alibaba Cloud OSS for artifacts; used when a bucket is set. */
    private final OssProperties oss = new OssProperties();
    /** POST /process and signed /files links on the host's Spring MVC. */
    private final WebProperties web = new WebProperties();
    /** Micrometer meters (with Spring Boot Actuator). */
    private final MetricsProperties metrics = new MetricsProperties();
    /** PostgreSQL sessions and shared quotas (filmgen.store=jdbc). */
    private final JdbcProperties jdbc = new JdbcProperties();

    /** Where sessions are kept. */
    public enum StoreType {
        /** JSON files under {@code data-dir/sessions}. */
        FILE,
        /** In memory; lost on restart (tests, demos). */
        MEMORY,
        /** PostgreSQL through filmgen-store-jdbc on the application's DataSource; quotas shared by every instance. */
        JDBC
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Path getDataDir() { return dataDir; }
    public void setDataDir(Path dataDir) { this.dataDir = dataDir; }
    public Path getConfigFile() { return configFile; }
    public void setConfigFile(Path configFile) { this.configFile = configFile; }
    public boolean isOffline() { return offline; }
    public void setOffline(boolean offline) { this.offline = offline; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
    public String getAspect() { return aspect; }
    public void setAspect(String aspect) { this.aspect = aspect; }
    public Integer getClipSeconds() { return clipSeconds; }
    public void setClipSeconds(Integer clipSeconds) { this.clipSeconds = clipSeconds; }
    public Integer getMaxBoards() { return maxBoards; }
    public void setMaxBoards(Integer maxBoards) { this.maxBoards = maxBoards; }
    public Integer getMaxRoles() { return maxRoles; }
    public void setMaxRoles(Integer maxRoles) { this.maxRoles = maxRoles; }
    public String getIntentModel() { return intentModel; }
    public void setIntentModel(String intentModel) { this.intentModel = intentModel; }
    public Duration getTurnDeadline() { return turnDeadline; }
    public void setTurnDeadline(Duration turnDeadline) { this.turnDeadline = turnDeadline; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public StoreType getStore() { return store; }
    public void setStore(StoreType store) { this.store = store; }
    public Map<String, StageProperties> getStages() { return stages; }
    public void setStages(Map<String, StageProperties> stages) { this.stages = stages; }
    public FilmProperties getFilm() { return film; }
    public DashScopeProperties getDashscope() { return dashscope; }
    public OssProperties getOss() { return oss; }
    public WebProperties getWeb() { return web; }
    public MetricsProperties getMetrics() { return metrics; }
    public JdbcProperties getJdbc() { return jdbc; }

    /** The PostgreSQL backend of {@code filmgen.store=jdbc}, on the application's {@code DataSource}. */
    public static class JdbcProperties {
        /** Create or upgrade filmgen's tables at startup (Flyway, own history table); off when a DBA applies them. */
        private boolean migrate = true;
        /** This instance's name in quota leases and job rows (e.g. the pod's name); unset: host-pid-random. */
        private String instanceId;
        /** How long a crashed instance's in-flight quota slot stays taken (at least 1 s). */
        private Duration quotaLease = Duration.ofSeconds(30);

        public boolean isMigrate() { return migrate; }
        public void setMigrate(boolean migrate) { this.migrate = migrate; }
        public String getInstanceId() { return instanceId; }
        public void setInstanceId(String instanceId) { this.instanceId = instanceId; }
        public Duration getQuotaLease() { return quotaLease; }
        public void setQuotaLease(Duration quotaLease) { this.quotaLease = quotaLease; }
    }

    /** Micrometer meters. */
    public static class MetricsProperties {
        /** Record filmgen's meters when a MeterRegistry exists. */
        private boolean enabled = true;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    /** One stage's settings (a config.json section). */
    public static class StageProperties {
        /** The stage's model: a DashScope name (qwen-max, wan2.2-t2i-plus...) or offline. */
        private String model;
        /** Script stage only: the picture model for the product picture. */
        private String t2iModel;
        /** Script stage only: the vision model for a product photo. */
        private String vlModel;
        /** Requests per second allowed for the stage's model (or rpm; not both). */
        private Double rps;
        /** Requests per minute allowed for the stage's model (or rps; not both). */
        private Double rpm;
        /** Calls allowed at once for the stage's model. */
        private Integer maxInFlight;
        /** Extra model options (size, resolution, voice...). */
        private Map<String, String> options = new LinkedHashMap<>();

        public String getModel() { return model; }
        public void setModel(String model) { this.model = model; }
        public String getT2iModel() { return t2iModel; }
        public void setT2iModel(String t2iModel) { this.t2iModel = t2iModel; }
        public String getVlModel() { return vlModel; }
        public void setVlModel(String vlModel) { this.vlModel = vlModel; }
        public Double getRps() { return rps; }
        public void setRps(Double rps) { this.rps = rps; }
        public Double getRpm() { return rpm; }
        public void setRpm(Double rpm) { this.rpm = rpm; }
        public Integer getMaxInFlight() { return maxInFlight; }
        public void setMaxInFlight(Integer maxInFlight) { this.maxInFlight = maxInFlight; }
        public Map<String, String> getOptions() { return options; }
        public void setOptions(Map<String, String> options) { this.options = options; }
    }

    /** The film's look (config.json: film.*). */
    public static class FilmProperties {
        /** Subtitle font size in pixels (font_size, default 60). */
        private Integer fontSize;
        /** Subtitle colour (font_color, default white). */
        private String fontColor;
        /** Subtitle box colour (font_bg_color). */
        private String fontBgColor;
        /** A TTF/OTF font for subtitles (font_file). */
        private Path fontFile;
        /** Fade-in seconds (fadein_duration, default 0.5). */
        private Double fadeinDuration;
        /** Fade-out seconds (fadeout_duration, default 0). */
        private Double fadeoutDuration;
        /** Cross-fade seconds between boards (crossfade_duration). */
        private Double crossfadeDuration;
        /** Encoding quality 0-100 (quality). */
        private Integer quality;
        /** Silence after each narration in seconds (narration_pad). */
        private Double narrationPad;

        public Integer getFontSize() { return fontSize; }
        public void setFontSize(Integer fontSize) { this.fontSize = fontSize; }
        public String getFontColor() { return fontColor; }
        public void setFontColor(String fontColor) { this.fontColor = fontColor; }
        public String getFontBgColor() { return fontBgColor; }
        public void setFontBgColor(String fontBgColor) { this.fontBgColor = fontBgColor; }
        public Path getFontFile() { return fontFile; }
        public void setFontFile(Path fontFile) { this.fontFile = fontFile; }
        public Double getFadeinDuration() { return fadeinDuration; }
        public void setFadeinDuration(Double fadeinDuration) { this.fadeinDuration = fadeinDuration; }
        public Double getFadeoutDuration() { return fadeoutDuration; }
        public void setFadeoutDuration(Double fadeoutDuration) { this.fadeoutDuration = fadeoutDuration; }
        public Double getCrossfadeDuration() { return crossfadeDuration; }
        public void setCrossfadeDuration(Double crossfadeDuration) { this.crossfadeDuration = crossfadeDuration; }
        public Integer getQuality() { return quality; }
        public void setQuality(Integer quality) { this.quality = quality; }
        public Double getNarrationPad() { return narrationPad; }
        public void setNarrationPad(Double narrationPad) { this.narrationPad = narrationPad; }
    }

    /** The DashScope connection; the models are chosen per stage. */
    public static class DashScopeProperties {
        /** The API key; when unset, DASHSCOPE_API_KEY. Without either, the offline models are used. */
        private String apiKey;
        /** The native API base URL (another region or a proxy); when unset, DASHSCOPE_HTTP_BASE_URL, then Beijing. */
        private String baseUrl;
        /** Connect timeout. */
        private Duration connectTimeout;
        /** Read timeout, also the longest silence inside a stream. */
        private Duration readTimeout;

        public String getApiKey() { return apiKey; }
        public void setApiKey(String apiKey) { this.apiKey = apiKey; }
        public String getBaseUrl() { return baseUrl; }
        public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
        public Duration getConnectTimeout() { return connectTimeout; }
        public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
        public Duration getReadTimeout() { return readTimeout; }
        public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }

        @Override
        public String toString() {
            return "DashScopeProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "***") + "]";
        }
    }

    /** Alibaba Cloud OSS; all of endpoint, access key id and secret, and bucket are needed once a bucket is set. */
    public static class OssProperties {
        /** The endpoint, e.g. https://oss-cn-beijing.aliyuncs.com. */
        private String endpoint;
        /** The access key id. */
        private String accessKeyId;
        /** The access key secret (never logged). */
        private String accessKeySecret;
        /** The bucket; setting it switches artifacts to OSS. */
        private String bucket;
        /** Folder inside the bucket. */
        private String directory;
        /** Lifetime of presigned links (default 24 h). */
        private Duration linkTtl;

        public String getEndpoint() { return endpoint; }
        public void setEndpoint(String endpoint) { this.endpoint = endpoint; }
        public String getAccessKeyId() { return accessKeyId; }
        public void setAccessKeyId(String accessKeyId) { this.accessKeyId = accessKeyId; }
        public String getAccessKeySecret() { return accessKeySecret; }
        public void setAccessKeySecret(String accessKeySecret) { this.accessKeySecret = accessKeySecret; }
        public String getBucket() { return bucket; }
        public void setBucket(String bucket) { this.bucket = bucket; }
        public String getDirectory() { return directory; }
        public void setDirectory(String directory) { this.directory = directory; }
        public Duration getLinkTtl() { return linkTtl; }
        public void setLinkTtl(Duration linkTtl) { this.linkTtl = linkTtl; }

        @Override
        public String toString() {
            return "OssProperties[endpoint=" + endpoint + ", bucket=" + bucket + ", accessKeySecret=***]";
        }
    }

    /** The AgentScope runtime endpoint on the host's Spring MVC. */
    public static class WebProperties {
        /** Serve POST {path}/process and GET {path}/files/** on the host's Spring MVC. */
        private boolean enabled;
        /** Prefix of the endpoints, e.g. /filmgen; empty for /process at the root like the runtime. */
        private String path = "";
        /**
         * How clients reach this application (scheme, host, port, context path), for signed links; unset:
         * http://localhost:{server.port}{server.servlet.context-path}.
         */
        private String publicUrl;
        /** Secret of the signed /files links (at least 16 bytes); unset: random per start (links die on restart). */
        private String linkSecret;
        /** Lifetime of signed links. */
        private Duration linkTtl = Duration.ofHours(24);
        /** Largest /process request body in bytes. */
        private int maxBodyBytes = 1024 * 1024;
        /** Longest a /process response stream may stay open. */
        private Duration streamTimeout = Duration.ofHours(3);
        /** Fetch product photos from private and loopback addresses too (trusted LAN, tests). */
        private boolean allowPrivateImageHosts;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getPath() { return path; }
        public void setPath(String path) { this.path = path; }
        public String getPublicUrl() { return publicUrl; }
        public void setPublicUrl(String publicUrl) { this.publicUrl = publicUrl; }
        public String getLinkSecret() { return linkSecret; }
        public void setLinkSecret(String linkSecret) { this.linkSecret = linkSecret; }
        public Duration getLinkTtl() { return linkTtl; }
        public void setLinkTtl(Duration linkTtl) { this.linkTtl = linkTtl; }
        public int getMaxBodyBytes() { return maxBodyBytes; }
        public void setMaxBodyBytes(int maxBodyBytes) { this.maxBodyBytes = maxBodyBytes; }
        public Duration getStreamTimeout() { return streamTimeout; }
        public void setStreamTimeout(Duration streamTimeout) { this.streamTimeout = streamTimeout; }
        public boolean isAllowPrivateImageHosts() { return allowPrivateImageHosts; }
        public void setAllowPrivateImageHosts(boolean allow) { this.allowPrivateImageHosts = allow; }

        @Override
        public String toString() {
            return "WebProperties[enabled=" + enabled + ", path=" + path + ", publicUrl=" + publicUrl
                    + ", linkSecret=" + (linkSecret == null ? "unset" : "***") + "]";
        }
    }
}
