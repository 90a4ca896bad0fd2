-- The job queue lives in the same database, so a job is enqueued in the same transaction
-- as the row it concerns. Workers take jobs with FOR UPDATE SKIP LOCKED.

CREATE TABLE jobs (
  id           text COLLATE "C" PRIMARY KEY,
  name         text NOT NULL,
  payload      jsonb NOT NULL,
  state        text NOT NULL DEFAULT 'queued',
  attempts     integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL,
  run_after    timestamptz NOT NULL,
  last_error   text,
  dedupe_key   text,
  locked_by    text,
  -- A running job whose lease has passed is taken to be abandoned (its worker died).
  locked_until timestamptz,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  finished_at  timestamptz
);

-- At most one pending job per dedupe key.
CREATE UNIQUE INDEX jobs_dedupe_idx ON jobs (dedupe_key)
  WHERE dedupe_key IS NOT NULL AND state IN ('queued', 'running');

CREATE INDEX jobs_pending_idx ON jobs (run_after, created_at, id) WHERE state IN ('queued', 'running');
