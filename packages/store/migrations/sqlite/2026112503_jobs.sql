-- The job queue lives in the same database, so a job is enqueued in the same transaction
-- as the row it concerns.

CREATE TABLE jobs (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  payload      TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'queued',
  attempts     INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  run_after    TEXT NOT NULL,
  last_error   TEXT,
  dedupe_key   TEXT,
  locked_by    TEXT,
  -- A running job whose lease has passed is taken to be abandoned (its worker died).
  locked_until TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  finished_at  TEXT
);

-- At most one pending job per dedupe key.
CREATE UNIQUE INDEX jobs_dedupe_idx ON jobs (dedupe_key)
  WHERE dedupe_key IS NOT NULL AND state IN ('queued', 'running');

CREATE INDEX jobs_pending_idx ON jobs (run_after, created_at, id) WHERE state IN ('queued', 'running');
