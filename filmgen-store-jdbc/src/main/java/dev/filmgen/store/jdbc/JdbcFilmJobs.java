package dev.filmgen.store.jdbc;

import dev.filmgen.FilmAgent;
import dev.filmgen.error.CancelledException;
import dev.filmgen.error.DeadlineExceededException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.event.FilmListener;
import dev.filmgen.store.jdbc.internal.Db;
import dev.filmgen.store.jdbc.internal.EventLog;
import dev.filmgen.store.jdbc.internal.JobRows;
import dev.filmgen.store.jdbc.internal.JobWork;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Film jobs on PostgreSQL: whole-film turns that any instance may run. {@link #submit} queues one; the workers of
 * every instance serving that queue claim jobs with {@code FOR UPDATE SKIP LOCKED}, run them on their local agent
 * and renew a lease while they run; a job whose instance died (its lease ran out) is taken over by another and
 * continues from the session, resuming journaled remote tasks instead of paying again. A session's jobs run one
 * at a time in submission order, whichever instances serve them. Events of each job are kept so another instance
 * can relay them ({@link #events}). Start workers with {@link #start()}; {@link #close()} stops them and hands
 * unfinished jobs back to the queue.
 */
public final class JdbcFilmJobs implements AutoCloseable {
    /** The queue of conversation turns (the service's requests, {@code submit} without a queue). */
    public static final String TURNS = "turns";

    private final Db db;
    private final JobWork work;
    private final List<String> queues;

    private JdbcFilmJobs(Builder b) {
        this.db = new Db(b.backend.dataSource());
        this.queues = List.copyOf(b.queues);
        Function<FilmJobRequest, FilmAgent> agents = b.agents != null ? b.agents
                : b.agent == null ? null : r -> b.agent;
        this.work = new JobWork(db, agents, b.backend.instanceId(), queues, b.workers, b.leaseTtl, b.pollInterval,
                b.maxAttempts, b.listener);
    }

    /** A builder; the backend is required, and the agent too for running jobs here. */
    public static Builder builder() {
        return new Builder();
    }

    /** Queues a job in the first queue this instance serves. */
    public FilmJob submit(FilmJobRequest request) {
        return submit(queues.get(0), null, request);
    }

    /**
     * Queues a job in {@code queue}; with a {@code key}, a second submission of the same key (from any instance)
     * returns the job already there instead of adding one, so a batch row is made once; a keyed job that failed or
     * was cancelled is queued again (a batch run again retries its failed rows).
     */
    public FilmJob submit(String queue, String key, FilmJobRequest request) {
        if (queue == null || queue.isBlank() || queue.length() > 100) {
            throw new InvalidInputException("a job queue name must be 1 to 100 characters");
        }
        if (key != null && key.length() > 200) {
            throw new InvalidInputException("a job key must be at most 200 characters");
        }
        if (request == null) {
            throw new InvalidInputException("the job request is missing");
        }
        return db.tx("queueing a film job", c -> {
            long id = JobRows.insert(c, queue, key, request);
            return JobRows.get(c, id).orElseThrow();
        });
    }

    /** The job, if it exists. */
    public Optional<FilmJob> job(long id) {
        return db.auto("reading job " + id, c -> JobRows.get(c, id));
    }

    /** Every job of {@code queue}, oldest first. */
    public List<FilmJob> jobs(String queue) {
        return db.auto("listing jobs of " + queue, c -> JobRows.list(c, queue));
    }

    /**
     * Runs job {@code id} here, now, on the calling thread, when it can be claimed (it is the oldest unfinished
     * job of its session and nobody runs it); {@code listener} receives its events directly. Empty when it could
     * not be claimed: another instance runs it or the session is busy, or this instance has no agent; {@link #await}
     * then waits for it.
     */
    public Optional<FilmJob> runHere(long id, FilmListener listener) {
        return work.runHere(id, listener);
    }

    /** Waits until job {@code id} has ended, whoever runs it; throws when {@code timeout} passes first. */
    public FilmJob await(long id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = 50;
        while (true) {
            FilmJob j = job(id).orElseThrow(() -> new InvalidInputException("no film job " + id));
            if (j.status().finished()) {
                return j;
            }
            if (System.nanoTime() > deadline) {
                throw new DeadlineExceededException("film job " + id + " did not end within " + timeout.toSeconds()
                        + " s (status " + j.status() + ", owner " + j.owner() + ")", null);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException("interrupted while waiting for film job " + id);
            }
            sleep = Math.min(500, sleep * 2);
        }
    }

    /** The events job {@code id} reported after {@code afterSeq} (-1 for all), in order. */
    public List<JobEvent> events(long id, int afterSeq) {
        return EventLog.read(db, id, afterSeq).stream().map(e -> new JobEvent(e.seq(), e.event())).toList();
    }

    /** Starts this instance's workers (claiming from its queues) and the lease heartbeat. */
    public JdbcFilmJobs start() {
        work.start();
        return this;
    }

    /** The jobs this instance is running now. */
    public List<Long> running() {
        return work.running();
    }

    /** Stops the workers, cancels the turns still running here and puts their jobs back in the queue. */
    @Override
    public void close() {
        work.close();
    }

    /** Builder of {@link JdbcFilmJobs}; {@link #build()} checks and does no I/O. */
    public static final class Builder {
        private JdbcFilmBackend backend;
        private FilmAgent agent;
        private Function<FilmJobRequest, FilmAgent> agents;
        private List<String> queues = List.of(TURNS);
        private int workers = 1;
        private Duration leaseTtl = Duration.ofSeconds(30);
        private Duration pollInterval = Duration.ofSeconds(1);
        private int maxAttempts = 3;
        private FilmListener listener = FilmListener.none();

        private Builder() {
        }

        /** The database (required). */
        public Builder backend(JdbcFilmBackend backend) {
            this.backend = backend;
            return this;
        }

        /** The agent jobs run on here (required for {@link #start()} and {@link JdbcFilmJobs#runHere}). */
        public Builder agent(FilmAgent agent) {
            this.agent = agent;
            return this;
        }

        /**
         * Picks the agent for each job, e.g. by its {@link FilmJobRequest#settings()} (a batch whose rows ask for
         * different board counts); replaces {@link #agent}. The agents should share one session store and storage.
         */
        public Builder agents(Function<FilmJobRequest, FilmAgent> agents) {
            this.agents = agents;
            return this;
        }

        /** The queues this instance's workers claim from, in no particular order (default {@value #TURNS}). */
        public Builder queues(String... queues) {
            this.queues = List.of(queues);
            return this;
        }

        /** How many jobs this instance runs at once from its queues (default 1; 0 for none but {@code runHere}). */
        public Builder workers(int workers) {
            this.workers = workers;
            return this;
        }

        /**
         * How long a claimed job stays with this instance without a heartbeat (default 30 s); renewed every third of
         * it. After a crash, another instance takes the job over this long after the last heartbeat.
         */
        public Builder leaseTtl(Duration ttl) {
            this.leaseTtl = ttl;
            return this;
        }

        /** How often an idle worker looks for a job (default 1 s, with jitter). */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = interval;
            return this;
        }

        /** Claims of one job before it is given up as failing its instances (default 3). */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /** Receives the events of every job run here (a progress display, logs). */
        public Builder listener(FilmListener listener) {
            this.listener = listener;
            return this;
        }

        public JdbcFilmJobs build() {
            if (backend == null) {
                throw new IllegalStateException("backend is required: a JdbcFilmBackend");
            }
            if (queues.isEmpty() || queues.stream().anyMatch(q -> q == null || q.isBlank() || q.length() > 100)) {
                throw new IllegalStateException("queues must be 1 or more names of 1 to 100 characters: " + queues);
            }
            if (workers < 0 || workers > 64) {
                throw new IllegalStateException("workers must be 0 to 64, was " + workers);
            }
            if (workers > 0 && agent == null && agents == null) {
                throw new IllegalStateException("agent is required when workers > 0: the FilmAgent that runs jobs");
            }
            if (leaseTtl == null || leaseTtl.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalStateException("leaseTtl must be at least 1 s, was " + leaseTtl);
            }
            if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalStateException("pollInterval must be positive, was " + pollInterval);
            }
            if (maxAttempts < 1) {
                throw new IllegalStateException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            if (listener == null) {
                throw new IllegalStateException("listener is required (FilmListener.none() for none)");
            }
            return new JdbcFilmJobs(this);
        }
    }
}
