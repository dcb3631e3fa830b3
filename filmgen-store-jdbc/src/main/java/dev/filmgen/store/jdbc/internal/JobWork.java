package dev.filmgen.store.jdbc.internal;

import dev.filmgen.FilmAgent;
import dev.filmgen.error.CancelledException;
import dev.filmgen.event.FilmListener;
import dev.filmgen.store.jdbc.FilmJob;
import dev.filmgen.store.jdbc.FilmJobRequest;
import dev.filmgen.store.jdbc.FilmJobResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The claiming side of film jobs on one instance: worker threads that claim and run jobs, the heartbeat that
 * renews the leases of the jobs running here (and interrupts a job whose lease another instance took), and the
 * flushing of their event logs.
 */
public final class JobWork {
    private static final Logger LOG = LoggerFactory.getLogger(JobWork.class);

    private final Db db;
    private final Function<FilmJobRequest, FilmAgent> agents;
    private final String owner;
    private final List<String> queues;
    private final int workers;
    private final Duration lease;
    private final Duration poll;
    private final int maxAttempts;
    private final FilmListener listener;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService heartbeat;
    private volatile boolean closed;

    private record Running(Thread thread, EventLog log) {
    }

    public JobWork(Db db, Function<FilmJobRequest, FilmAgent> agents, String owner, List<String> queues, int workers, Duration lease,
                   Duration poll, int maxAttempts, FilmListener listener) {
        this.db = db;
        this.agents = agents;
        this.owner = owner;
        this.queues = queues;
        this.workers = workers;
        this.lease = lease;
        this.poll = poll;
        this.maxAttempts = maxAttempts;
        this.listener = listener;
    }

    public synchronized void start() {
        if (heartbeat != null) {
            return;
        }
        ensureHeartbeat();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::workLoop, "filmgen-job-worker-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private synchronized void ensureHeartbeat() {
        if (heartbeat != null) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "filmgen-job-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        heartbeat.scheduleWithFixedDelay(this::flushLogs, 250, 250, TimeUnit.MILLISECONDS);
    }

    public List<Long> running() {
        return List.copyOf(running.keySet());
    }

    public Optional<FilmJob> runHere(long id, FilmListener extra) {
        if (agents == null) {
            return Optional.empty(); // an instance without an agent only queues and relays
        }
        ensureHeartbeat();
        Optional<FilmJob> claimed = claim(id);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        execute(claimed.get(), extra);
        return db.auto("reading job " + id, c -> JobRows.get(c, id));
    }

    private Optional<FilmJob> claim(Long onlyId) {
        try {
            return db.tx("claiming a film job", c -> JobRows.claim(c, queuesFor(onlyId), owner, lease, onlyId));
        } catch (RuntimeException e) {
            // a unique-index race with another claimer, or the database away: nothing claimed this time
            LOG.debug("no job claimed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private List<String> queuesFor(Long onlyId) {
        if (onlyId == null) {
            return queues;
        }
        return db.auto("reading job " + onlyId, c -> JobRows.get(c, onlyId)).map(j -> List.of(j.queue()))
                .orElse(queues);
    }

    private void workLoop() {
        while (!closed) {
            Optional<FilmJob> job = claim(null);
            if (job.isPresent()) {
                execute(job.get(), null);
                continue;
            }
            long ms = poll.toMillis();
            try {
                Thread.sleep(ms / 2 + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void execute(FilmJob job, FilmListener extra) {
        long id = job.id();
        if (job.attempts() > maxAttempts) {
            finish(id, FilmJob.Status.FAILED, null, "given up after " + (job.attempts() - 1) + " attempts: the"
                    + " instances running it stopped each time (see their logs); the session keeps what was made");
            return;
        }
        EventLog log = EventLog.open(db, id);
        running.put(id, new Running(Thread.currentThread(), log));
        MDC.put("filmgen.job", Long.toString(id));
        LOG.info("job {} ({} of session {}) claimed by {}, attempt {}", id, job.request().kind(),
                job.request().sessionId(), owner, job.attempts());
        try {
            FilmListener all = e -> {
                log.onEvent(e);
                safely(listener, e);
                if (extra != null) {
                    safely(extra, e);
                }
            };
            FilmJobResult result = JobRunner.run(agents.apply(job.request()), job, all);
            log.flush();
            finish(id, result.ok() ? FilmJob.Status.DONE : FilmJob.Status.FAILED, result,
                    result.ok() ? null : String.join("; ", result.failures()));
        } catch (CancelledException e) {
            log.flush();
            if (!running.containsKey(id) || closed) {
                LOG.warn("job {} stopped here: {}", id, closed ? "this instance is closing" : "its lease was lost");
            } else {
                finish(id, FilmJob.Status.CANCELLED, null, e.getMessage());
            }
        } catch (RuntimeException e) {
            log.flush();
            LOG.warn("job {} failed: {}", id, e.getMessage());
            finish(id, FilmJob.Status.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            running.remove(id);
            MDC.remove("filmgen.job");
            Thread.interrupted();
        }
    }

    private static void safely(FilmListener l, dev.filmgen.event.FilmEvent e) {
        try {
            l.onEvent(e);
        } catch (RuntimeException ex) {
            LOG.debug("a job listener failed: {}", ex.toString());
        }
    }

    private void finish(long id, FilmJob.Status status, FilmJobResult result, String error) {
        try {
            boolean ours = db.tx("finishing job " + id, c -> JobRows.finish(c, id, owner, status, result, error));
            if (!ours) {
                LOG.warn("job {} ended here ({}) but another instance had taken it over; its result stands", id,
                        status);
            }
        } catch (RuntimeException e) {
            LOG.warn("job {} ended ({}) but could not be marked so: {}; another instance will take it over and"
                    + " find the session done", id, status, e.getMessage());
        }
    }

    private void renew() {
        List<Long> ids = running();
        if (ids.isEmpty()) {
            return;
        }
        try {
            List<Long> held = db.tx("renewing job leases", c -> JobRows.renew(c, owner, ids, lease));
            for (Long id : ids) {
                if (!held.contains(id)) {
                    Running r = running.remove(id);
                    if (r != null) {
                        LOG.warn("job {}: another instance took it over (this one missed its heartbeats); stopping"
                                + " it here", id);
                        r.thread().interrupt();
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew the leases of jobs {}: {}", ids, e.getMessage());
        }
    }

    private void flushLogs() {
        for (Running r : running.values()) {
            r.log().flush();
        }
    }

    public void close() {
        closed = true;
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Running r : running.values()) {
            r.thread().interrupt();
        }
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (this) {
            if (heartbeat != null) {
                heartbeat.shutdownNow();
            }
        }
        try {
            int released = db.tx("releasing jobs", c -> JobRows.release(c, owner));
            if (released > 0) {
                LOG.info("{} unfinished job(s) handed back to the queue", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not hand jobs back to the queue ({}); they are taken over when their leases run out",
                    e.getMessage());
        }
    }
}
