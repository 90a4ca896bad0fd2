-- Claims: the machine's facts (never updated), a person's correction, the review state.

CREATE TABLE claims (
  id          text COLLATE "C" PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  extracted   jsonb NOT NULL,
  corrected   jsonb,
  review      text NOT NULL DEFAULT 'machine',
  -- References incidents once that table exists.
  incident_id text,
  event       text NOT NULL,
  -- Calendar days, as date: no time part, so they never move with a time zone.
  date_from   date,
  date_to     date,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);

CREATE INDEX claims_document_idx ON claims (document_id, created_at, id);
CREATE INDEX claims_created_idx ON claims (created_at, id);
CREATE INDEX claims_incident_idx ON claims (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX claims_date_idx ON claims (date_from, date_to);
