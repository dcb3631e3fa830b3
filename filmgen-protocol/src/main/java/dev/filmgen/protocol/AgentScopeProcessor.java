package dev.filmgen.protocol;

import dev.filmgen.concurrent.DaemonThreadFactory;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.protocol.internal.Bodies;
import dev.filmgen.protocol.internal.ImageIntake;
import dev.filmgen.protocol.internal.RequestParser;
import dev.filmgen.protocol.internal.RequestRefused;
import dev.filmgen.protocol.internal.TurnRunner;
import dev.filmgen.protocol.internal.TurnStream;
import dev.filmgen.storage.Storage;
import java.io.IOException;
import java.io.InputStream;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.storage.WorkRoot;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The transport-neutral side of the AgentScope runtime's {@code POST /process}: reads the request body, checks
 * every field, fetches the product photo safely, runs the turn (turns of one session one after another, sessions
 * side by side, each to its end whatever happens to the client) and hands its wire events to a {@link WireSink}.
 * An HTTP layer authenticates, calls {@link #accept(InputStream)}, answers 200 {@code text/event-stream}, then
 * {@link Call#streamTo(WireSink)}. Bad input is a stream that ends {@code failed} with a code, like the runtime.
 */
public final class AgentScopeProcessor implements AutoCloseable {
    private final Builder b;
    private final ExecutorService pool;
    private final boolean ownsPool;
    private final TurnRunner runner;
    private final ImageIntake images;
    private final Function<MediaAsset, String> linker;
    private final Semaphore turns;
    private final AtomicInteger running = new AtomicInteger();

    private AgentScopeProcessor(Builder b) {
        this.turns = b.maxConcurrentTurns > 0 ? new Semaphore(b.maxConcurrentTurns) : null;
        this.b = b;
        this.ownsPool = b.turnPool == null;
        this.pool = ownsPool ? Executors.newCachedThreadPool(new DaemonThreadFactory("filmgen-turn-")) : b.turnPool;
        this.runner = new TurnRunner(b.executor, pool);
        this.images = new ImageIntake(b.imagePolicy, b.uploads);
        this.linker = b.linker != null ? b.linker : a -> a.storageKey() != null && b.storage != null
                ? b.storage.link(a.storageKey(), b.linkTtl).toString() : a.uri().toString();
    }

    /** A builder; {@link Builder#executor(TurnExecutor)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and checks one request body (at most the configured size; a longer body is refused, not read
     * whole). Never runs anything; a refused request still becomes a {@link Call} whose stream says why.
     *
     * @throws IOException when the body cannot be read (the client went away)
     */
    public Call accept(InputStream body) throws IOException {
        return accept(Bodies.readLimited(body, b.maxBodyBytes));
    }

    /**
     * Checks one request body read by the caller (a server that reads bodies without holding a thread); null or a
     * body longer than the configured size stands for a body over the limit and is refused as such.
     */
    public Call accept(byte[] bytes) {
        if (bytes == null || bytes.length > b.maxBodyBytes) {
            return new Call(null, new RequestRefused("payload_too_large",
                    "the request body is larger than " + b.maxBodyBytes + " bytes"));
        }
        try {
            return new Call(RequestParser.parse(bytes), null);
        } catch (RequestRefused e) {
            return new Call(null, e);
        }
    }

    /** Turns admitted and not yet ended. */
    public int runningTurns() {
        return running.get();
    }

    /** Stops taking turns; turns already running get the grace period to finish and save. */
    @Override
    public void close() {
        if (!ownsPool) {
            return;
        }
        pool.shutdown();
        try {
            pool.awaitTermination(b.shutdownGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One accepted request: its session, or the reason it was refused. */
    public final class Call {
        private final RequestParser.Parsed request;
        private final RequestRefused refusal;
        private final AtomicBoolean released = new AtomicBoolean();
        private boolean admitted;

        private Call(RequestParser.Parsed request, RequestRefused refusal) {
            this.request = request;
            this.refusal = refusal;
        }

        /** The request's session id, or null when the request was refused before it was known. */
        public String sessionId() {
            return request == null ? null : request.sessionId();
        }

        /**
         * Takes one of the processor's turn slots ({@link Builder#maxConcurrentTurns}) for this call; false when all
         * are taken, so the HTTP layer can answer 503 with {@code Retry-After} before it starts a stream. The slot is
         * held until the turn ends, even when the client leaves earlier. {@link #streamTo} admits by itself when not
         * asked first.
         */
        public synchronized boolean admit() {
            if (!admitted) {
                admitted = turns == null || turns.tryAcquire();
                if (admitted) {
                    running.incrementAndGet();
                }
            }
            return admitted;
        }

        private void release() {
            if (admitted && released.compareAndSet(false, true)) {
                running.decrementAndGet();
                if (turns != null) {
                    turns.release();
                }
            }
        }

        /** Whether the request was refused as read; its stream is then the opening events and a failure. */
        public boolean refused() {
            return refusal != null;
        }

        /**
         * Writes the turn's wire events to {@code sink} in order and returns after the final response, or as
         * soon as the sink reports the client gone. Blocks the calling thread; the turn runs on the turn pool.
         */
        public void streamTo(WireSink sink) {
            AgentScopeEncoder enc = new AgentScopeEncoder(sessionId(), linker, b.ids, b.clock);
            boolean handedOver = false;
            Path upload = null;
            try {
                if (!enc.open().stream().allMatch(sink::accept)) {
                    return;
                }
                if (refusal != null) {
                    sink.accept(enc.fail(refusal.code(), refusal.getMessage()));
                    return;
                }
                if (!admit()) {
                    sink.accept(enc.fail(ErrorCodes.OVERLOADED, "the service is making as many films as it may at "
                            + "once; try again later"));
                    return;
                }
                String image = request.imageUrl();
                if (image != null) {
                    try {
                        ImageIntake.Fetched photo = images.fetch(request.sessionId(), image);
                        upload = photo.folder();
                        image = photo.uri();
                    } catch (RequestRefused e) {
                        sink.accept(enc.fail(e.code(), e.getMessage()));
                        return;
                    }
                }
                Path uploaded = upload;
                handedOver = true; // from here on the turn's end releases the slot and deletes the upload
                TurnStream.run(runner, request.sessionId(), new UserMessage(request.text(), request.type(), image),
                        enc, sink, () -> {
                            if (uploaded != null) {
                                WorkRoot.deleteTree(uploaded);
                            }
                            release();
                        });
            } finally {
                if (!handedOver) {
                    if (upload != null) {
                        WorkRoot.deleteTree(upload);
                    }
                    release();
                }
            }
        }
    }

    /** Builds an {@link AgentScopeProcessor}. */
    public static final class Builder {
        private TurnExecutor executor;
        private int maxBodyBytes = 1024 * 1024;
        private ImagePolicy imagePolicy = ImagePolicy.defaults();
        private Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "filmgen-work");
        private int maxConcurrentTurns;
        private Storage storage;
        private Function<MediaAsset, String> linker;
        private Duration linkTtl = Duration.ofHours(24);
        private ExecutorService turnPool;
        private Duration shutdownGrace = Duration.ofSeconds(30);
        private Supplier<String> ids = () -> UUID.randomUUID().toString();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Runs the turns (required); normally {@link AgentTurns#of(dev.filmgen.FilmAgent)}. */
        public Builder executor(TurnExecutor executor) { this.executor = executor; return this; }
        /** Largest request body; default 1 MiB. */
        public Builder maxBodyBytes(int max) { this.maxBodyBytes = max; return this; }
        /** Which product photo URLs may be fetched; default public addresses only, 10 MB. */
        public Builder imagePolicy(ImagePolicy policy) { this.imagePolicy = policy; return this; }
        /**
         * The work root fetched product photos wait in (a folder per request in this process's folder, deleted when
         * the turn ends); default {@code <tmp>/filmgen-work}.
         */
        public Builder uploads(Path workRoot) { this.uploads = workRoot; return this; }
        /** Turns that may run at once (see {@link Call#admit()}); default 0, no limit. */
        public Builder maxConcurrentTurns(int max) { this.maxConcurrentTurns = max; return this; }
        /** The artifact storage whose links clients receive (see {@link #linkTtl}); none: the asset's own URI. */
        public Builder storage(Storage storage) { this.storage = storage; return this; }
        /** Overrides how an asset becomes the URL a client receives. */
        public Builder linker(Function<MediaAsset, String> linker) { this.linker = linker; return this; }
        /** Validity of storage links; default 24 h. */
        public Builder linkTtl(Duration ttl) { this.linkTtl = ttl; return this; }
        /** Runs the turns; default a daemon pool owned (and closed) by the processor. */
        public Builder turnPool(ExecutorService pool) { this.turnPool = pool; return this; }
        /** How long {@link #close()} waits for running turns of its own pool; default 30 s. */
        public Builder shutdownGrace(Duration grace) { this.shutdownGrace = grace; return this; }
        /** Makes the unique part of response and message ids; default random UUIDs (tests fix it). */
        public Builder ids(Supplier<String> ids) { this.ids = ids; return this; }
        /** Clock of {@code created_at} and {@code completed_at}; default the UTC system clock. */
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        /** Checks the settings; starts no thread. */
        public AgentScopeProcessor build() {
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(imagePolicy, "imagePolicy");
            Objects.requireNonNull(uploads, "uploads");
            Objects.requireNonNull(linkTtl, "linkTtl");
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
            }
            return new AgentScopeProcessor(this);
        }
    }
}
