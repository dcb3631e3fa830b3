package dev.filmgen.examples.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.examples.service.internal.BearerAuth;
import dev.filmgen.examples.service.internal.HeaderTimeout;
import dev.filmgen.examples.service.internal.ProcessRoute;
import dev.filmgen.examples.service.internal.Routes;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.protocol.ImagePolicy;
import dev.filmgen.protocol.LinkVerifier;
import dev.filmgen.protocol.SignedFiles;
import dev.filmgen.protocol.TurnExecutor;
import dev.filmgen.protocol.WireObjects;
import dev.filmgen.storage.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * filmgen's HTTP service: {@code POST /process} speaks the AgentScope runtime streaming protocol so the
 * reference demo's clients work unchanged; {@code GET /health} and {@code GET /} answer like the runtime;
 * {@code GET /files/<key>?expires=&sig=} serves local-storage artifacts behind signed links. A thin Jetty 12 layer
 * over {@code filmgen-protocol}'s {@link AgentScopeProcessor} that holds up to hostile clients: request headers must
 * arrive within {@link Builder#headerTimeout}, idle connections close after {@link Builder#idleTimeout}, beyond
 * {@link Builder#maxConnections} open connections and {@link Builder#maxTurns} running turns requests get 503 with
 * {@code Retry-After}, and a bounded thread pool serves it all. Start it with {@link #start()}, stop it with
 * {@link #close()}.
 */
public final class FilmService implements AutoCloseable {
    /** Jetty threads besides one per streaming turn: selector, acceptor and short requests. */
    static final int SPARE_THREADS = 24;

    private final Builder b;
    private Server server;
    private ServerConnector connector;
    private AgentScopeProcessor processor;
    private HeaderTimeout headerTimeout;

    private FilmService(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving; returns this service. */
    public synchronized FilmService start() {
        QueuedThreadPool threads = new QueuedThreadPool(b.maxTurns + SPARE_THREADS, 4, 60_000);
        threads.setName("filmgen-http");
        threads.setDaemon(true);
        server = new Server(threads);
        server.setStopTimeout(1000);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(b.host);
        connector.setPort(b.port);
        connector.setIdleTimeout(b.idleTimeout.toMillis());
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        // hard cap: beyond twice the soft cap Jetty stops accepting; between the two, requests get a clear 503
        NetworkConnectionLimit limit = new NetworkConnectionLimit(2 * b.maxConnections, connector);
        server.addBean(limit);
        headerTimeout = new HeaderTimeout(connector, b.headerTimeout);
        server.addBean(headerTimeout);
        processor = AgentScopeProcessor.builder().executor(b.executor).maxBodyBytes(b.maxBodyBytes)
                .imagePolicy(b.imagePolicy).uploads(b.uploads).storage(b.storage).linker(b.linker).linkTtl(b.linkTtl)
                .maxConcurrentTurns(b.maxTurns).shutdownGrace(b.shutdownGrace).ids(b.ids).clock(b.clock).build();
        ProcessRoute process = new ProcessRoute(b.apiToken == null ? null : new BearerAuth(b.apiToken), processor,
                b.maxBodyBytes, b.bodyTimeout, b.retryAfter, b.streamIdleTimeout);
        SignedFiles files = b.storage != null && b.verifier != null ? new SignedFiles(b.storage, b.verifier, b.clock)
                : null;
        server.setHandler(new Routes(process, files, b.health, limit::getNetworkConnectionCount, b.maxConnections));
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("cannot listen on " + b.host + ":" + b.port + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Blocks until the service is closed: its threads are daemon threads (an embedding host's JVM may exit while it
     * serves), so a program whose only work is serving waits here.
     */
    public void join() throws InterruptedException {
        Server s;
        synchronized (this) {
            s = server;
        }
        if (s != null) {
            s.join();
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Turns running now. */
    public int runningTurns() {
        return processor == null ? 0 : processor.runningTurns();
    }

    /** Connections the header timeout has closed so far. */
    public long headerTimeouts() {
        return headerTimeout == null ? 0 : headerTimeout.closedConnections();
    }

    /** Stops accepting requests; running turns get up to the grace period to finish and save. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the turns below still get their grace
        }
        if (processor != null) {
            processor.close();
        }
        server = null;
    }

    /** Builds a {@link FilmService}. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = 8080;
        private TurnExecutor executor;
        private String apiToken;
        private int maxBodyBytes = 1024 * 1024;
        private ImagePolicy imagePolicy = ImagePolicy.defaults();
        private Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "filmgen-work");
        private Storage storage;
        private LinkVerifier verifier;
        private Function<MediaAsset, String> linker;
        private Duration linkTtl = Duration.ofHours(24);
        private Duration shutdownGrace = Duration.ofSeconds(30);
        private Duration headerTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration bodyTimeout = Duration.ofSeconds(30);
        private Duration streamIdleTimeout = Duration.ofHours(3);
        private int maxConnections = 1000;
        private int maxTurns = 32;
        private Duration retryAfter = Duration.ofSeconds(30);
        private Supplier<String> ids = () -> UUID.randomUUID().toString();
        private Clock clock = Clock.systemUTC();
        private Supplier<ObjectNode> health = WireObjects::health;

        private Builder() {
        }

        /** Interface to bind; default {@code 0.0.0.0}. */
        public Builder host(String host) { this.host = host; return this; }
        /** Port; default 8080, 0 for any free port. */
        public Builder port(int port) { this.port = port; return this; }
        /** Runs the turns (required); normally a {@code FilmAgent}. */
        public Builder executor(TurnExecutor executor) { this.executor = executor; return this; }

        /** The {@code GET /health} body (default the runtime's); HTTP 503 unless its status is "healthy". */
        public Builder health(Supplier<ObjectNode> health) {
            this.health = health;
            return this;
        }
        /** Bearer token every {@code /process} request must carry; null (default) for none. */
        public Builder apiToken(String token) { this.apiToken = token; return this; }
        /** Largest request body; default 1 MiB. */
        public Builder maxBodyBytes(int max) { this.maxBodyBytes = max; return this; }
        /** Which product photo URLs may be fetched. */
        public Builder imagePolicy(ImagePolicy policy) { this.imagePolicy = policy; return this; }
        /** The work root fetched product photos wait in until their turn ends; default {@code <tmp>/filmgen-work}. */
        public Builder uploads(Path workRoot) { this.uploads = workRoot; return this; }
        /** The artifact storage (links are made with it; {@code /files} serves from it with a verifier). */
        public Builder storage(Storage storage) { this.storage = storage; return this; }
        /** Checks {@code /files} link signatures; without it {@code /files} is not served. */
        public Builder verifier(LinkVerifier verifier) { this.verifier = verifier; return this; }
        /** Overrides how an asset becomes the URL a client receives. */
        public Builder linker(Function<MediaAsset, String> linker) { this.linker = linker; return this; }
        /** Validity of links made by the default linker; default 24 h. */
        public Builder linkTtl(Duration ttl) { this.linkTtl = ttl; return this; }
        /** How long {@link #close()} waits for running turns; default 30 s. */
        public Builder shutdownGrace(Duration grace) { this.shutdownGrace = grace; return this; }
        /** How long a request's line and headers may take to arrive, from its first byte; default 10 s. */
        public Builder headerTimeout(Duration timeout) { this.headerTimeout = timeout; return this; }
        /** How long a {@code /process} request's whole body may take to arrive (else 408); default 30 s. */
        public Builder bodyTimeout(Duration timeout) { this.bodyTimeout = timeout; return this; }
        /** How long a connection may stay silent, between requests or while a request is read; default 30 s. */
        public Builder idleTimeout(Duration timeout) { this.idleTimeout = timeout; return this; }
        /** How long a {@code /process} stream may stay silent (a turn's events can be minutes apart); default 3 h. */
        public Builder streamIdleTimeout(Duration timeout) { this.streamIdleTimeout = timeout; return this; }
        /** Open connections beyond which requests get 503 (Jetty stops accepting at twice this); default 1000. */
        public Builder maxConnections(int max) { this.maxConnections = max; return this; }
        /** Turns that may run at once; more get 503 with {@code Retry-After}; default 32. */
        public Builder maxTurns(int max) { this.maxTurns = max; return this; }
        /** What a client refused for the turn cap is told to wait ({@code Retry-After}); default 30 s. */
        public Builder retryAfter(Duration wait) { this.retryAfter = wait; return this; }
        /** Makes the unique part of response and message ids; default random UUIDs (tests fix it). */
        public Builder ids(Supplier<String> ids) { this.ids = ids; return this; }
        /** Clock of {@code created_at}, {@code completed_at} and link expiry; default UTC system clock. */
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public FilmService build() {
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(imagePolicy, "imagePolicy");
            Objects.requireNonNull(uploads, "uploads");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, was " + port);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
            }
            if (apiToken != null && apiToken.isEmpty()) {
                throw new IllegalArgumentException("apiToken must not be empty (leave it null for no token)");
            }
            positive("headerTimeout", headerTimeout);
            positive("idleTimeout", idleTimeout);
            positive("bodyTimeout", bodyTimeout);
            Objects.requireNonNull(health, "health");
            positive("streamIdleTimeout", streamIdleTimeout);
            positive("retryAfter", retryAfter);
            if (maxConnections < 1 || maxTurns < 1) {
                throw new IllegalArgumentException("maxConnections and maxTurns must be positive, were "
                        + maxConnections + " and " + maxTurns);
            }
            return new FilmService(this);
        }

        private static void positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
        }
    }
}
