-- Film jobs: whole-film turns (a service request, a batch row, a submitted film) that any instance may claim
-- (FOR UPDATE SKIP LOCKED). A running job holds a lease that its instance renews; a job whose lease ran out is
-- taken over by another instance and continues from the session. Turns of one session run in submission order,
-- never two at once: only the oldest unfinished job of a session can be claimed, and the unique index below makes
-- a second running job of one session impossible even under races.
CREATE TABLE filmgen_job (
    id           bigserial    PRIMARY KEY,
    queue        varchar(100) NOT NULL,
    job_key      varchar(200),
    session_id   varchar(128) NOT NULL,
    kind         varchar(20)  NOT NULL,
    request      jsonb        NOT NULL,
    status       varchar(12)  NOT NULL DEFAULT 'queued'
                 CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    owner        varchar(200),
    lease_until  timestamptz,
    attempts     int          NOT NULL DEFAULT 0,
    result       jsonb,
    error        text,
    created_at   timestamptz  NOT NULL DEFAULT clock_timestamp(),
    started_at   timestamptz,
    finished_at  timestamptz,
    UNIQUE (queue, job_key)
);

CREATE INDEX filmgen_job_open ON filmgen_job (queue, id) WHERE status IN ('queued', 'running');
CREATE INDEX filmgen_job_open_by_session ON filmgen_job (session_id, id) WHERE status IN ('queued', 'running');
CREATE UNIQUE INDEX filmgen_job_one_running_per_session ON filmgen_job (session_id) WHERE status = 'running';

-- What a job's turn reported (stage started, text, item done, ...), in order, so an instance that did not run the
-- turn can relay its stream to the client that asked for it.
CREATE TABLE filmgen_job_event (
    job_id  bigint      NOT NULL REFERENCES filmgen_job (id) ON DELETE CASCADE,
    seq     int         NOT NULL,
    at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    event   jsonb       NOT NULL,
    PRIMARY KEY (job_id, seq)
);
