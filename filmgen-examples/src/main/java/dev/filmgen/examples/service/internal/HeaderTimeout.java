package dev.filmgen.examples.service.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request-header read timeout, which Jetty lacks (its idle timeout restarts with every byte, so a client that
 * sends one header byte every few seconds holds its connection forever): every quarter of the timeout, each
 * connection whose parser is inside a request's line or headers is timed from the moment it was first seen there,
 * and closed once that exceeds the timeout. A connection that sent nothing is left to the idle timeout.
 */
public final class HeaderTimeout extends AbstractLifeCycle implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderTimeout.class);

    private final AbstractConnector connector;
    private final long timeoutNanos;
    private final long periodMillis;
    private final Map<EndPoint, Long> inHeaders = new ConcurrentHashMap<>();
    private volatile Scheduler.Task task;
    private volatile long closed;

    public HeaderTimeout(AbstractConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
        this.periodMillis = Math.max(50, timeout.toMillis() / 4);
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task t = task;
        if (t != null) {
            t.cancel();
        }
        inHeaders.clear();
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            task = connector.getScheduler().schedule(this, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** How many connections this timeout has closed. */
    public long closedConnections() {
        return closed;
    }

    @Override
    public void run() {
        try {
            long now = System.nanoTime();
            java.util.Set<EndPoint> live = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (EndPoint ep : connector.getConnectedEndPoints()) {
                if (!(ep.getConnection() instanceof HttpConnection) || !readingHeaders(
                        ((HttpConnection) ep.getConnection()).getParser())) {
                    continue;
                }
                live.add(ep);
                long since = inHeaders.computeIfAbsent(ep, e -> now);
                if (now - since > timeoutNanos) {
                    inHeaders.remove(ep);
                    closed++;
                    LOG.debug("closing {}: its request headers took longer than {} ms", ep.getRemoteSocketAddress(),
                            TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
                    ep.close();
                }
            }
            inHeaders.keySet().retainAll(live);
        } catch (RuntimeException e) {
            LOG.warn("header timeout check failed", e);
        } finally {
            schedule();
        }
    }

    /** Whether the parser has started a request and not yet finished its headers. */
    private static boolean readingHeaders(HttpParser p) {
        return !p.isStart() && p.inHeaderState();
    }
}
