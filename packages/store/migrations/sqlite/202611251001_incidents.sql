-- Incidents, their grade history, stored reconciliations, comments and media links.
-- Calendar days are YYYY-MM-DD text (never shifted by a time zone); lists are JSON text.

CREATE TABLE incidents (
  id               TEXT PRIMARY KEY,
  title            TEXT NOT NULL,
  place_name       TEXT,
  place_geoname_id INTEGER,
  place_country    TEXT,
  place_admin1     TEXT,
  place_lat        REAL,
  place_lon        REAL,
  place_precision  TEXT,
  date_from        TEXT,
  date_to          TEXT,
  date_precision   TEXT,
  event_kinds      TEXT NOT NULL DEFAULT '[]',
  perpetrators     TEXT NOT NULL DEFAULT '[]',
  victim_types     TEXT NOT NULL DEFAULT '[]',
  status           TEXT NOT NULL,
  grade            TEXT,
  grade_reason     TEXT,
  assignee_ids     TEXT NOT NULL DEFAULT '[]',
  merged_into_id   TEXT REFERENCES incidents (id),
  -- Folded title and place name, for the text filter (same folding in both engines).
  search_text      TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);

-- Lists show live (unmerged) incidents, newest first.
CREATE INDEX incidents_live_idx ON incidents (created_at, id) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_status_idx ON incidents (status, created_at, id) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_grade_idx ON incidents (grade, created_at, id) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_point_idx ON incidents (place_lat, place_lon) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_dates_idx ON incidents (date_from, date_to) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_region_idx ON incidents (place_country, place_admin1) WHERE merged_into_id IS NULL;

CREATE TABLE incident_grades (
  id             TEXT PRIMARY KEY,
  incident_id    TEXT NOT NULL REFERENCES incidents (id),
  grade          TEXT NOT NULL,
  reason         TEXT NOT NULL,
  previous_grade TEXT,
  actor_id       TEXT,
  at             TEXT NOT NULL
);

CREATE INDEX incident_grades_incident_idx ON incident_grades (incident_id, at, id);

CREATE TABLE incident_reconciliations (
  id          TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL REFERENCES incidents (id),
  events      TEXT NOT NULL,
  explanation TEXT NOT NULL,
  rule_ids    TEXT NOT NULL,
  suggestion  TEXT NOT NULL,
  claim_count INTEGER NOT NULL,
  computed_at TEXT NOT NULL
);

CREATE INDEX incident_reconciliations_incident_idx ON incident_reconciliations (incident_id, computed_at, id);

CREATE TABLE incident_comments (
  id          TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL REFERENCES incidents (id),
  author_id   TEXT NOT NULL,
  body        TEXT NOT NULL,
  mentions    TEXT NOT NULL DEFAULT '[]',
  created_at  TEXT NOT NULL
);

CREATE INDEX incident_comments_incident_idx ON incident_comments (incident_id, created_at, id);

-- Media items are stored by another part of the system: the link keeps the id only.
CREATE TABLE incident_media (
  incident_id TEXT NOT NULL REFERENCES incidents (id),
  media_id    TEXT NOT NULL,
  note        TEXT,
  linked_by   TEXT,
  linked_at   TEXT NOT NULL,
  PRIMARY KEY (incident_id, media_id)
);
