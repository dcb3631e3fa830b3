-- Sessions: one row per session, the document as JSONB without its task records, the version as a column
-- (optimistic concurrency: a save updates only the version it read).
CREATE TABLE filmgen_session (
    id          varchar(128) PRIMARY KEY,
    version     bigint       NOT NULL CHECK (version > 0),
    doc         jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);

-- The task journal: every paid call's record (reuse cache and pending remote task ids), one row per input hash.
-- A row in status SUBMITTED with a remote_task_id is a task some instance is (or was) waiting for: whichever
-- instance runs the session next resumes polling it instead of paying again.
CREATE TABLE filmgen_task (
    session_id      varchar(128) NOT NULL REFERENCES filmgen_session (id) ON DELETE CASCADE,
    task_key        varchar(200) NOT NULL,
    ord             int          NOT NULL,
    stage           varchar(40)  NOT NULL,
    item            int          NOT NULL,
    status          varchar(16)  NOT NULL,
    remote_task_id  varchar(200),
    record          jsonb        NOT NULL,
    record_hash     char(40)     NOT NULL,
    updated_at      timestamptz  NOT NULL,
    PRIMARY KEY (session_id, task_key)
);

CREATE INDEX filmgen_task_pending ON filmgen_task (remote_task_id) WHERE status = 'SUBMITTED';
