package dev.filmgen.examples.service;

import com.sun.net.httpserver.HttpServer;
import dev.filmgen.concurrent.DaemonThreadFactory;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.examples.service.internal.FilesHandler;
import dev.filmgen.examples.service.internal.Http;
import dev.filmgen.examples.service.internal.ProcessHandler;
import dev.filmgen.protocol.AgentScopeProcessor;
import dev.filmgen.protocol.ImagePolicy;
import dev.filmgen.protocol.LinkVerifier;
import dev.filmgen.protocol.SignedFiles;
import dev.filmgen.protocol.TurnExecutor;
import dev.filmgen.protocol.WireObjects;
import dev.filmgen.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * filmgen's HTTP service: {@code POST /process} speaks the AgentScope runtime streaming protocol so the
 * reference demo's clients work unchanged; {@code GET /health} and {@code GET /} answer like the runtime;
 * {@code GET /files/<key>?expires=&sig=} serves local-storage artifacts behind signed links. A thin layer of the
 * JDK's {@code com.sun.net.httpserver} over {@code filmgen-protocol}'s {@link AgentScopeProcessor}. Start it with
 * {@link #start()}, stop it with {@link #close()}.
 */
public final class FilmService implements AutoCloseable {
    private final Builder b;
    private HttpServer server;
    private ExecutorService httpPool;
    private AgentScopeProcessor processor;

    private FilmService(Builder b) {
        this.b = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving; returns this service. */
    public synchronized FilmService start() {
        try {
            server = HttpServer.create(new InetSocketAddress(b.host, b.port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + b.host + ":" + b.port, e);
        }
        httpPool = Executors.newCachedThreadPool(new DaemonThreadFactory("filmgen-http-"));
        processor = AgentScopeProcessor.builder().executor(b.executor).maxBodyBytes(b.maxBodyBytes)
                .imagePolicy(b.imagePolicy).uploads(b.uploads).storage(b.storage).linker(b.linker).linkTtl(b.linkTtl)
                .shutdownGrace(b.shutdownGrace).ids(b.ids).clock(b.clock).build();
        ProcessHandler process = new ProcessHandler(b.apiToken, processor);
        server.createContext("/process", process);
        server.createContext("/process/stream", process);
        server.createContext("/health", ex -> {
            try (ex) {
                Http.cors(ex);
                com.fasterxml.jackson.databind.node.ObjectNode health = b.health.get();
                Http.json(ex, "healthy".equals(health.path("status").asText()) ? 200 : 503, health);
            }
        });
        server.createContext("/", ex -> {
            try (ex) {
                if (!ex.getRequestURI().getPath().equals("/")) {
                    Http.error(ex, 404, "not_found", "no such endpoint: " + ex.getRequestURI().getPath());
                    return;
                }
                Http.json(ex, 200, WireObjects.serviceInfo(""));
            }
        });
        if (b.storage != null && b.verifier != null) {
            server.createContext(SignedFiles.PREFIX, new FilesHandler(new SignedFiles(b.storage, b.verifier, b.clock)));
        }
        server.setExecutor(httpPool);
        server.start();
        return this;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests; running turns get up to the grace period to finish and save. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        httpPool.shutdownNow();
        processor.close();
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
        private Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "filmgen-uploads");
        private Storage storage;
        private LinkVerifier verifier;
        private Function<MediaAsset, String> linker;
        private Duration linkTtl = Duration.ofHours(24);
        private Duration shutdownGrace = Duration.ofSeconds(30);
        private Supplier<String> ids = () -> UUID.randomUUID().toString();
        private Clock clock = Clock.systemUTC();
        private Supplier<com.fasterxml.jackson.databind.node.ObjectNode> health = WireObjects::health;

        private Builder() {
        }

        /** Interface to bind; default {@code 0.0.0.0}. */
        public Builder host(String host) { this.host = host; return this; }
        /** Port; default 8080, 0 for any free port. */
        public Builder port(int port) { this.port = port; return this; }
        /** Runs the turns (required); normally a {@code FilmAgent}. */
        public Builder executor(TurnExecutor executor) { this.executor = executor; return this; }

        /** The {@code GET /health} body (default the runtime's); HTTP 503 unless its status is "healthy". */
        public Builder health(Supplier<com.fasterxml.jackson.databind.node.ObjectNode> health) {
            this.health = health;
            return this;
        }
        /** Bearer token every {@code /process} request must carry; null (default) for none. */
        public Builder apiToken(String token) { this.apiToken = token; return this; }
        /** Largest request body; default 1 MiB. */
        public Builder maxBodyBytes(int max) { this.maxBodyBytes = max; return this; }
        /** Which product photo URLs may be fetched. */
        public Builder imagePolicy(ImagePolicy policy) { this.imagePolicy = policy; return this; }
        /** Folder for fetched product photos; default {@code <tmp>/filmgen-uploads}. */
        public Builder uploads(Path dir) { this.uploads = dir; return this; }
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
            if (apiToken != null && apiToken.isBlank()) {
                throw new IllegalArgumentException("apiToken must not be blank (leave it null for no token)");
            }
            return new FilmService(this);
        }
    }
}
