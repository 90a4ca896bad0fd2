-- The public site: published assessments, their update log, reader comments and banned authors.

CREATE TABLE assessments (
  id             text COLLATE "C" PRIMARY KEY,
  slug           text NOT NULL UNIQUE,
  incident_ids   text NOT NULL,
  headline       text NOT NULL,
  claim_reviewed text NOT NULL,
  body           text NOT NULL,
  grade          text,
  tags           text NOT NULL,
  country        text,
  moderation     text NOT NULL,
  published_at   timestamptz,
  updated_at     timestamptz NOT NULL
);
CREATE INDEX assessments_updated_idx ON assessments (updated_at);

CREATE TABLE assessment_incidents (
  assessment_id text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  incident_id   text NOT NULL,
  PRIMARY KEY (assessment_id, incident_id)
);
CREATE INDEX assessment_incidents_incident_idx ON assessment_incidents (incident_id);

CREATE TABLE assessment_updates (
  id            text COLLATE "C" PRIMARY KEY,
  assessment_id text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  summary       text NOT NULL,
  is_correction integer NOT NULL,
  at            timestamptz NOT NULL
);
CREATE INDEX assessment_updates_assessment_idx ON assessment_updates (assessment_id, at);

CREATE TABLE public_comments (
  id            text COLLATE "C" PRIMARY KEY,
  assessment_id text NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  author_name   text NOT NULL,
  author_key    text NOT NULL,
  body          text NOT NULL,
  evidence_url  text,
  status        text NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX public_comments_assessment_idx ON public_comments (assessment_id, status, created_at);
CREATE INDEX public_comments_status_idx ON public_comments (status, created_at);
CREATE INDEX public_comments_author_idx ON public_comments (author_key, created_at);

CREATE TABLE banned_authors (
  author_key text COLLATE "C" PRIMARY KEY,
  reason     text NOT NULL,
  at         timestamptz NOT NULL
);
