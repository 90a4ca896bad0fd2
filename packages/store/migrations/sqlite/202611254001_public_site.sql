-- The public site: published assessments, their update log, reader comments and banned authors.

CREATE TABLE assessments (
  id             TEXT PRIMARY KEY,
  slug           TEXT NOT NULL UNIQUE,
  incident_ids   TEXT NOT NULL,
  headline       TEXT NOT NULL,
  claim_reviewed TEXT NOT NULL,
  body           TEXT NOT NULL,
  grade          TEXT,
  tags           TEXT NOT NULL,
  country        TEXT,
  moderation     TEXT NOT NULL,
  published_at   TEXT,
  updated_at     TEXT NOT NULL
);
CREATE INDEX assessments_updated_idx ON assessments (updated_at);

CREATE TABLE assessment_incidents (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  incident_id   TEXT NOT NULL,
  PRIMARY KEY (assessment_id, incident_id)
);
CREATE INDEX assessment_incidents_incident_idx ON assessment_incidents (incident_id);

CREATE TABLE assessment_updates (
  id            TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  summary       TEXT NOT NULL,
  is_correction INTEGER NOT NULL,
  at            TEXT NOT NULL
);
CREATE INDEX assessment_updates_assessment_idx ON assessment_updates (assessment_id, at);

CREATE TABLE public_comments (
  id            TEXT PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  author_name   TEXT NOT NULL,
  author_key    TEXT NOT NULL,
  body          TEXT NOT NULL,
  evidence_url  TEXT,
  status        TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX public_comments_assessment_idx ON public_comments (assessment_id, status, created_at);
CREATE INDEX public_comments_status_idx ON public_comments (status, created_at);
CREATE INDEX public_comments_author_idx ON public_comments (author_key, created_at);

CREATE TABLE banned_authors (
  author_key TEXT PRIMARY KEY,
  reason     TEXT NOT NULL,
  at         TEXT NOT NULL
);
