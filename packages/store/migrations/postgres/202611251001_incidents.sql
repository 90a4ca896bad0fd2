-- Incidents, their grade history, stored reconciliations, comments and media links.
-- Calendar days are `date` (no time part, so no time-zone drift); lists are jsonb.

CREATE TABLE incidents (
  id               text COLLATE "C" PRIMARY KEY,
  title            text NOT NULL,
  place_name       text,
  place_geoname_id bigint,
  place_country    text,
  place_admin1     text,
  place_lat        double precision,
  place_lon        double precision,
  place_precision  text,
  date_from        date,
  date_to          date,
  date_precision   text,
  event_kinds      jsonb NOT NULL DEFAULT '[]',
  perpetrators     jsonb NOT NULL DEFAULT '[]',
  victim_types     jsonb NOT NULL DEFAULT '[]',
  status           text NOT NULL,
  grade            text,
  grade_reason     text,
  assignee_ids     jsonb NOT NULL DEFAULT '[]',
  merged_into_id   text COLLATE "C" REFERENCES incidents (id),
  -- Folded title and place name, for the text filter (same folding in both engines).
  search_text      text NOT NULL DEFAULT '',
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);

-- Lists show live (unmerged) incidents, newest first.
CREATE INDEX incidents_live_idx ON incidents (created_at, id) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_status_idx ON incidents (status, created_at, id) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_grade_idx ON incidents (grade, created_at, id) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_point_idx ON incidents (place_lat, place_lon) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_dates_idx ON incidents (date_from, date_to) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_region_idx ON incidents (place_country, place_admin1) WHERE merged_into_id IS NULL;
CREATE INDEX incidents_kinds_idx ON incidents USING gin (event_kinds);

CREATE TABLE incident_grades (
  id             text COLLATE "C" PRIMARY KEY,
  incident_id    text COLLATE "C" NOT NULL REFERENCES incidents (id),
  grade          text NOT NULL,
  reason         text NOT NULL,
  previous_grade text,
  actor_id       text,
  at             timestamptz NOT NULL
);

CREATE INDEX incident_grades_incident_idx ON incident_grades (incident_id, at, id);

CREATE TABLE incident_reconciliations (
  id          text COLLATE "C" PRIMARY KEY,
  incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id),
  events      jsonb NOT NULL,
  explanation text NOT NULL,
  rule_ids    jsonb NOT NULL,
  suggestion  jsonb NOT NULL,
  claim_count integer NOT NULL,
  computed_at timestamptz NOT NULL
);

CREATE INDEX incident_reconciliations_incident_idx ON incident_reconciliations (incident_id, computed_at, id);

CREATE TABLE incident_comments (
  id          text COLLATE "C" PRIMARY KEY,
  incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id),
  author_id   text NOT NULL,
  body        text NOT NULL,
  mentions    jsonb NOT NULL DEFAULT '[]',
  created_at  timestamptz NOT NULL
);

CREATE INDEX incident_comments_incident_idx ON incident_comments (incident_id, created_at, id);

-- Media items are stored by another part of the system: the link keeps the id only.
CREATE TABLE incident_media (
  incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id),
  media_id    text NOT NULL,
  note        text,
  linked_by   text,
  linked_at   timestamptz NOT NULL,
  PRIMARY KEY (incident_id, media_id)
);
