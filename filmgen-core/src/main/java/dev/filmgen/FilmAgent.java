package dev.filmgen;

import dev.filmgen.domain.Topic;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.SessionConflictException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.event.FilmListener;
import dev.filmgen.intent.Classifier;
import dev.filmgen.intent.Intent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.internal.runner.GraphRunner;
import dev.filmgen.internal.runner.KeptResults;
import dev.filmgen.internal.runner.MediaImporter;
import dev.filmgen.internal.runner.ModelGateway;
import dev.filmgen.internal.runner.TurnChecks;
import dev.filmgen.internal.runner.Plan;
import dev.filmgen.internal.runner.Replies;
import dev.filmgen.internal.runner.RunnerDeps;
import dev.filmgen.internal.runner.SessionKeeper;
import dev.filmgen.internal.runner.SessionQueue;
import dev.filmgen.internal.runner.StageNames;
import dev.filmgen.internal.runner.TurnBill;
import dev.filmgen.internal.runner.TurnPlanner;
import dev.filmgen.internal.runner.TurnState;
import dev.filmgen.media.RemoteMediaPolicy;
import dev.filmgen.session.FilmSession;
import dev.filmgen.session.SessionIds;
import dev.filmgen.session.SessionStore;
import dev.filmgen.session.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Makes ad films through conversation turns: each turn is classified into an intent, planned, and run
 * as a graph of stage items with rate limits, retries, reuse of unchanged results and durable sessions.
 * Build one with {@link #builder()}; it is thread-safe; turns of one session run one after another.
 */
public final class FilmAgent implements AutoCloseable {
    /**
     * The slf4j MDC key of a turn's request id: set on every thread of the turn (for logging backends that keep an
     * MDC, such as Logback), and read from the starting thread when no request id is passed to {@link #start}.
     */
    public static final String REQUEST_ID_KEY = "filmgen.request";
    private static final Logger LOG = LoggerFactory.getLogger(FilmAgent.class);

    private final RunnerDeps deps;
    private final Classifier classifier;
    private final FilmListener defaultListener;
    private final List<ExecutorService> owned;
    private final ExecutorService turnPool;
    private final SessionQueue queue;
    private final Duration grace;

    FilmAgent(FilmAgentBuilder b, RunnerDeps deps, ExecutorService turnPool, ScheduledExecutorService watchdog,
              List<ExecutorService> owned) {
        this.deps = deps;
        this.classifier = b.classifier;
        this.defaultListener = b.listener;
        this.turnPool = turnPool;
        this.owned = owned;
        this.grace = b.turnGrace;
        this.queue = new SessionQueue(watchdog, b.turnDeadline, b.turnGrace);
    }

    /** A builder; {@code storage}, {@code composer}, the models and the stage handlers are required. */
    public static FilmAgentBuilder builder() {
        return new FilmAgentBuilder();
    }

    /** Runs one conversation turn and returns when it is done. */
    public TurnResult chat(String sessionId, UserMessage message, FilmListener listener) {
        return join(start(sessionId, message, listener));
    }

    /** {@link #chat(String, UserMessage, FilmListener)} under the caller's request id (see {@link #start}). */
    public TurnResult chat(String sessionId, UserMessage message, FilmListener listener, String requestId) {
        return join(start(sessionId, message, listener, requestId));
    }

    /** Starts one conversation turn in the background; the handle can cancel it. */
    public TurnHandle start(String sessionId, UserMessage message, FilmListener listener) {
        return start(sessionId, message, listener, null);
    }

    /**
     * Starts one conversation turn under {@code requestId} (a host's own HTTP request id, say; null to use the
     * {@link #REQUEST_ID_KEY} MDC value, or else a made-up one): the server log lines of the turn carry it, and
     * every failure message a client gets names it wherever details were held back.
     */
    public TurnHandle start(String sessionId, UserMessage message, FilmListener listener, String requestId) {
        if (message == null) {
            throw new InvalidInputException("message is missing");
        }
        return submit(sessionId, message.said(), s -> resolve(message, s), state(sessionId, listener, requestId));
    }

    /** Runs an already decided intent as one turn (the turn records no user words). */
    public TurnResult run(String sessionId, Intent intent, FilmListener listener) {
        return join(start(sessionId, intent, listener));
    }

    /**
     * Starts an already decided intent as one turn in the background; the handle can cancel it, and its result
     * completes only once the turn has stopped writing to the session.
     */
    public TurnHandle start(String sessionId, Intent intent, FilmListener listener) {
        if (intent == null) {
            throw new InvalidInputException("intent is missing");
        }
        return submit(sessionId, "", s -> intent, state(sessionId, listener, null));
    }

    /**
     * Makes a whole film from a topic: a new-topic turn and a make-the-film turn, queued together so no other
     * turn of the session runs between them. Returns the second turn's result; its counts cover both. The first
     * turn records the topic's text as what the user said, the second none.
     */
    public TurnResult generate(String sessionId, Topic topic, FilmListener listener) {
        if (topic == null) {
            throw new InvalidInputException("topic is missing");
        }
        String url = topic.productImage() == null ? null : topic.productImage().uri().toString();
        Intent.NewTopic newTopic = new Intent.NewTopic(topic.text(), url);
        TurnState state = state(sessionId, listener, null);
        CompletableFuture<TurnResult> f = queue.submit(sessionId, () -> {
            execute(sessionId, topic.text(), s -> newTopic, state);
            return execute(sessionId, "", s -> new Intent.MakeFilm(), state);
        }, turnPool, () -> state.expire(grace));
        return join(handle(state, f));
    }

    /** The stored session, if any. */
    public Optional<FilmSession> session(String sessionId) {
        return deps.store().load(SessionIds.validate(sessionId));
    }

    private TurnHandle submit(String sessionId, String userText, Function<FilmSession, Intent> intentOf,
                              TurnState state) {
        return handle(state, queue.submit(sessionId, () -> execute(sessionId, userText, intentOf, state), turnPool,
                () -> state.expire(grace)));
    }

    private TurnState state(String sessionId, FilmListener listener, String requestId) {
        SessionIds.validate(sessionId);
        List<FilmListener> listeners = new ArrayList<>();
        listeners.add(defaultListener);
        if (listener != null) {
            listeners.add(listener);
        }
        String request = requestId != null && !requestId.isBlank() ? requestId : MDC.get(REQUEST_ID_KEY);
        if (request == null || request.isBlank()) {
            request = "turn-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
        }
        return new TurnState(sessionId, listeners, request,
                new TurnBill(deps.config().prices(), deps.config().budget()));
    }

    private static TurnHandle handle(TurnState state, CompletableFuture<TurnResult> f) {
        return new TurnHandle() {
            @Override
            public void cancel() {
                state.cancel();
            }

            @Override
            public CompletableFuture<TurnResult> result() {
                return f;
            }
        };
    }

    private TurnResult execute(String id, String userText, Function<FilmSession, Intent> intentOf, TurnState state) {
        MDC.put("filmgen.session", id);
        MDC.put(REQUEST_ID_KEY, state.requestId());
        try {
            return executeTurn(id, userText, intentOf, state);
        } finally {
            MDC.remove(REQUEST_ID_KEY);
            MDC.remove("filmgen.session");
        }
    }

    private TurnResult executeTurn(String id, String userText, Function<FilmSession, Intent> intentOf,
                                   TurnState state) {
        state.checkCancelled();
        Instant started = deps.clock().instant();
        FilmSession loaded = deps.store().load(id).orElseGet(() -> FilmSession.create(id, started));
        SessionKeeper keeper = new SessionKeeper(deps.store(), deps.clock(), loaded);
        Intent intent = intentOf.apply(loaded);
        long t0 = System.nanoTime();
        LOG.info("turn started: {}", intent.getClass().getSimpleName());
        boolean zh = StageNames.chinese(intent, loaded, userText);
        Plan plan = TurnPlanner.plan(intent, loaded, zh,
                photo -> deps.importer().importPhoto(photo, id));
        state.checkCancelled(); // a turn stopped while it was deciding (watchdog, cancel) writes nothing
        String reply;
        if (plan.refusal() != null) {
            StageFailedException f = new StageFailedException(plan.refusal().stage(), -1, plan.refusal().message(), null);
            state.fail(f);
            state.emit(new FilmEvent.StageFailed(id, plan.refusal().stage(), -1, ErrorCodes.MISSING_INPUT,
                    f.getMessage()));
            reply = plan.refusal().message();
        } else {
            try {
                TurnChecks.check(deps, plan.stages(), plan.change().apply(loaded.toBuilder()).build());
                if (intent instanceof Intent.MakeFilm) {
                    KeptResults.count(loaded, plan.stages(), state);
                }
                keeper.update(plan.change());
                GraphRunner.Report report = new GraphRunner(deps, keeper, state).run(plan.stages(), plan.bypass());
                reply = Replies.of(plan, report, state, zh);
            } catch (CancelledException e) {
                finish(keeper, state, started, userText, intent, Replies.cancelled(e.getMessage(), zh));
                throw e;
            } catch (DeadlineExceededException e) {
                finish(keeper, state, started, userText, intent, Replies.expired(zh));
                throw e;
            } catch (SessionConflictException e) {
                state.emit(new FilmEvent.Reply(id, Replies.conflict(e.getMessage(), zh)));
                throw e;
            }
        }
        finish(keeper, state, started, userText, intent, reply);
        LOG.info("turn ended after {} ms with {} failure(s)", (System.nanoTime() - t0) / 1_000_000,
                state.failures().size());
        return new TurnResult(keeper.current(), intent, reply, state.failures(), state.timings(), state.counts(),
                state.bill().cost());
    }

    private void finish(SessionKeeper keeper, TurnState state, Instant started, String user, Intent intent,
                        String reply) {
        state.emit(new FilmEvent.Reply(state.sessionId(), reply));
        keeper.update(b -> b.turn(new Turn(started, user, describe(intent), reply)));
    }

    private Intent resolve(UserMessage m, FilmSession s) {
        Optional<Intent> explicit = m.explicitIntent();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (classifier != null) {
            return classifier.classify(m, s);
        }
        return s.topic() == null ? new Intent.NewTopic(m.text(), m.imageUrl()) : new Intent.MakeFilm();
    }

    private static String describe(Intent intent) {
        String s = intent.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static TurnResult join(TurnHandle h) {
        try {
            return h.result().get();
        } catch (InterruptedException e) {
            h.cancel();
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted while waiting for the turn");
        } catch (ExecutionException | CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof FilmgenException) {
                throw (FilmgenException) c;
            }
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            throw new IllegalStateException("turn failed", c);
        }
    }

    /** Stops the agent's own threads; the storage, store and models given to the builder stay open. */
    @Override
    public void close() {
        for (ExecutorService e : owned) {
            e.shutdownNow();
        }
    }

    static RunnerDeps deps(FilmAgentBuilder b, ExecutorService items, ExecutorService calls) {
        return new RunnerDeps(b.stageModels(), b.resolvedHandlers(), b.storage, b.composer, b.probe,
                b.effectiveConfig(),
                b.sessionStore, new ModelGateway(b.callLimiter, b.resilience, calls), new MediaImporter(b.storage,
                        RemoteMediaPolicy.modelResults().toBuilder().maxBytes(b.maxResultBytes).build(),
                        b.remoteMediaPolicy, b.pixelBudget),
                items, b.clock, b.workDir);
    }
}
