-- Media items (photos kept as evidence; their bytes are in the blob store under sha256),
-- imported hash lists, and the PDQ matches found at ingest. JSON columns are text.

CREATE TABLE media_items (
  -- Insertion order: the in-memory matcher loads only rows after the last one it saw.
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  sha256           TEXT NOT NULL UNIQUE,
  mime_type        TEXT NOT NULL,
  format           TEXT NOT NULL,
  width            INTEGER,
  height           INTEGER,
  byte_size        INTEGER NOT NULL,
  pdq              TEXT,
  pdq_quality      INTEGER,
  pdq_dihedral     TEXT,
  -- Matchable: a hash whose quality is not flagged unreliable.
  pdq_matchable    INTEGER NOT NULL DEFAULT 0,
  flags            TEXT NOT NULL DEFAULT '[]',
  exif             TEXT,
  thumbnail_sha256 TEXT,
  sensitivity      TEXT NOT NULL DEFAULT 'none',
  file_name        TEXT,
  url              TEXT,
  document_id      TEXT REFERENCES documents (id),
  first_seen_at    TEXT NOT NULL,
  created_at       TEXT NOT NULL
);

CREATE INDEX media_items_created_idx ON media_items (created_at, id);
CREATE INDEX media_items_sensitivity_idx ON media_items (sensitivity, created_at, id);
CREATE INDEX media_items_matchable_idx ON media_items (seq) WHERE pdq_matchable = 1;

CREATE TABLE hash_lists (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  file_name   TEXT,
  entry_count INTEGER NOT NULL,
  imported_by TEXT,
  imported_at TEXT NOT NULL
);

CREATE TABLE hash_list_entries (
  seq     INTEGER PRIMARY KEY,
  list_id TEXT NOT NULL REFERENCES hash_lists (id),
  line    INTEGER NOT NULL,
  hash    TEXT NOT NULL,
  label   TEXT
);

CREATE INDEX hash_list_entries_list_idx ON hash_list_entries (list_id, seq);

CREATE TABLE media_matches (
  id                    TEXT PRIMARY KEY,
  media_id              TEXT NOT NULL REFERENCES media_items (id),
  kind                  TEXT NOT NULL,
  matched_media_id      TEXT REFERENCES media_items (id),
  matched_first_seen_at TEXT,
  hash_list_id          TEXT REFERENCES hash_lists (id),
  list_hash             TEXT,
  list_label            TEXT,
  distance              INTEGER NOT NULL,
  variant               TEXT NOT NULL,
  created_at            TEXT NOT NULL
);

CREATE INDEX media_matches_media_idx ON media_matches (media_id, created_at, id);
CREATE INDEX media_matches_matched_idx ON media_matches (matched_media_id, created_at, id);
