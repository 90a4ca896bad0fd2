-- Media items (photos kept as evidence; their bytes are in the blob store under sha256),
-- imported hash lists, and the PDQ matches found at ingest.

CREATE TABLE media_items (
  -- Insertion order: the in-memory matcher loads only rows after the last one it saw.
  seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id               text COLLATE "C" PRIMARY KEY,
  sha256           text NOT NULL UNIQUE,
  mime_type        text NOT NULL,
  format           text NOT NULL,
  width            integer,
  height           integer,
  byte_size        bigint NOT NULL,
  pdq              text,
  pdq_quality      integer,
  pdq_dihedral     jsonb,
  -- Matchable: a hash whose quality is not flagged unreliable.
  pdq_matchable    boolean NOT NULL DEFAULT false,
  flags            jsonb NOT NULL DEFAULT '[]',
  exif             jsonb,
  thumbnail_sha256 text,
  sensitivity      text NOT NULL DEFAULT 'none',
  file_name        text,
  url              text,
  document_id      text COLLATE "C" REFERENCES documents (id),
  first_seen_at    timestamptz NOT NULL,
  created_at       timestamptz NOT NULL
);

CREATE INDEX media_items_created_idx ON media_items (created_at, id);
CREATE INDEX media_items_sensitivity_idx ON media_items (sensitivity, created_at, id);
CREATE INDEX media_items_matchable_idx ON media_items (seq) WHERE pdq_matchable;

CREATE TABLE hash_lists (
  id          text COLLATE "C" PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  file_name   text,
  entry_count integer NOT NULL,
  imported_by text,
  imported_at timestamptz NOT NULL
);

CREATE TABLE hash_list_entries (
  seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  list_id text COLLATE "C" NOT NULL REFERENCES hash_lists (id),
  line    integer NOT NULL,
  hash    text NOT NULL,
  label   text
);

CREATE INDEX hash_list_entries_list_idx ON hash_list_entries (list_id, seq);

CREATE TABLE media_matches (
  id                    text COLLATE "C" PRIMARY KEY,
  media_id              text COLLATE "C" NOT NULL REFERENCES media_items (id),
  kind                  text NOT NULL,
  matched_media_id      text COLLATE "C" REFERENCES media_items (id),
  matched_first_seen_at timestamptz,
  hash_list_id          text COLLATE "C" REFERENCES hash_lists (id),
  list_hash             text,
  list_label            text,
  distance              integer NOT NULL,
  variant               text NOT NULL,
  created_at            timestamptz NOT NULL
);

CREATE INDEX media_matches_media_idx ON media_matches (media_id, created_at, id);
CREATE INDEX media_matches_matched_idx ON media_matches (matched_media_id, created_at, id);
