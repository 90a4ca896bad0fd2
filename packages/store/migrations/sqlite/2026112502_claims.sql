-- Claims: the machine's facts (never updated), a person's correction, the review state.

CREATE TABLE claims (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  extracted   TEXT NOT NULL,
  corrected   TEXT,
  review      TEXT NOT NULL DEFAULT 'machine',
  -- References incidents once that table exists.
  incident_id TEXT,
  event       TEXT NOT NULL,
  -- Calendar days (YYYY-MM-DD) the claim speaks of, as text so they never move with a time zone.
  date_from   TEXT,
  date_to     TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE INDEX claims_document_idx ON claims (document_id, created_at, id);
CREATE INDEX claims_created_idx ON claims (created_at, id);
CREATE INDEX claims_incident_idx ON claims (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX claims_date_idx ON claims (date_from, date_to);
