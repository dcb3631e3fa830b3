package dev.filmgen.store.jdbc;

import java.time.Instant;

/**
 * A film job as the database holds it.
 *
 * @param id its number
 * @param queue the queue it waits in (workers claim from the queues they serve)
 * @param key its key within the queue (a batch row), or null
 * @param request what it asks for
 * @param status where it stands
 * @param owner the instance running or last running it, or null
 * @param attempts how many times an instance claimed it (more than 1 after a takeover)
 * @param result how it ended, or null
 * @param error why it failed without a result, or null
 * @param createdAt when it was submitted
 * @param startedAt when it was first claimed, or null
 * @param finishedAt when it ended, or null
 */
public record FilmJob(long id, String queue, String key, FilmJobRequest request, Status status, String owner,
                      int attempts, FilmJobResult result, String error, Instant createdAt, Instant startedAt,
                      Instant finishedAt) {

    /** Where a job stands. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        /** Whether the job has ended (done, failed or cancelled). */
        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }
}
