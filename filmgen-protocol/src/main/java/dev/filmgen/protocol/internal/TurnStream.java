package dev.filmgen.protocol.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmgen.error.ErrorCodes;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.UserMessage;
import dev.filmgen.protocol.AgentScopeEncoder;
import dev.filmgen.protocol.WireSink;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one turn on the {@link TurnRunner} and pumps its wire events to a {@link WireSink} on the calling thread.
 * Events pass through a queue, so a slow client never slows the turn; when the sink reports the client gone, the
 * queue is dropped and the turn runs on and saves.
 */
public final class TurnStream {
    private static final Logger LOG = LoggerFactory.getLogger(TurnStream.class);
    private static final Object END = new Object();

    private TurnStream() {
    }

    /** Submits the turn and writes its events until the final response (or until the client is gone). */
    public static void run(TurnRunner runner, String sessionId, UserMessage message, AgentScopeEncoder enc,
                           WireSink sink) {
        run(runner, sessionId, message, enc, sink, () -> { });
    }

    /**
     * {@link #run(TurnRunner, String, UserMessage, AgentScopeEncoder, WireSink)}; {@code ended} runs exactly once,
     * when the turn has ended (which may be after this returns, if the client went away) or when it could not start.
     */
    public static void run(TurnRunner runner, String sessionId, UserMessage message, AgentScopeEncoder enc,
                           WireSink sink, Runnable ended) {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        AtomicBoolean gone = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        Runnable endOnce = () -> {
            if (done.compareAndSet(false, true)) {
                ended.run();
            }
        };
        TurnRunner.Sink turnSink = new TurnRunner.Sink() {
            @Override
            public void onEvent(FilmEvent event) {
                List<ObjectNode> wire;
                synchronized (enc) {
                    wire = enc.encode(event);
                }
                if (!gone.get()) {
                    queue.addAll(wire);
                }
            }

            @Override
            public void end(FilmgenException failure, Throwable unexpected) {
                try {
                    finish(failure, unexpected);
                } finally {
                    queue.add(END); // the stream always ends, whatever encoding the last event did
                    endOnce.run();
                }
            }

            private void finish(FilmgenException failure, Throwable unexpected) {
                synchronized (enc) {
                    boolean reported = failure instanceof StageFailedException && enc.hasFailures();
                    queue.add(failure != null && !reported ? enc.fail(TurnRunner.code(failure),
                                    TurnRunner.message(failure, enc.responseId()))
                            : unexpected != null ? enc.fail(ErrorCodes.INTERNAL_ERROR, "the turn failed unexpectedly"
                                    + " (request " + enc.responseId() + ")")
                            : enc.finish());
                }
            }
        };
        try {
            runner.submit(sessionId, enc.responseId(), message, turnSink);
        } catch (RuntimeException e) {
            endOnce.run(); // the pool refused the turn: it never starts, so its slot is free again
            throw e;
        }
        drain(queue, sink, gone);
    }

    private static void drain(BlockingQueue<Object> queue, WireSink sink, AtomicBoolean gone) {
        try {
            for (Object o = queue.take(); o != END; o = queue.take()) {
                if (!sink.accept((ObjectNode) o)) {
                    gone.set(true);
                    queue.clear();
                    LOG.info("client went away; the turn goes on and its results are saved");
                    return;
                }
            }
        } catch (InterruptedException e) {
            gone.set(true);
            Thread.currentThread().interrupt();
        }
    }
}
