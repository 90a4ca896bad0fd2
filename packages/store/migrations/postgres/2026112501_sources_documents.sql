-- Sources and documents, with a generated tsvector column and a GIN index for search.

-- Search folds accents ("cafe" finds "Café") with the unaccent dictionary. The extension is
-- installed once per database, in its own schema, and found wherever it already is.
DO $$
DECLARE
  ext_schema text;
BEGIN
  SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'unaccent';
  IF ext_schema IS NULL THEN
    CREATE SCHEMA IF NOT EXISTS extensions;
    CREATE EXTENSION unaccent SCHEMA extensions;
    ext_schema := 'extensions';
  END IF;
  -- 'simple' (no stemming) matches SQLite's unicode61 tokenizer and suits many languages.
  CREATE TEXT SEARCH CONFIGURATION corroborate_search (COPY = pg_catalog.simple);
  EXECUTE format(
    'ALTER TEXT SEARCH CONFIGURATION corroborate_search ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, simple',
    ext_schema
  );
END
$$;

CREATE TABLE sources (
  id         text COLLATE "C" PRIMARY KEY,
  name       text NOT NULL UNIQUE,
  kind       text NOT NULL,
  url        text,
  created_at timestamptz NOT NULL
);

CREATE TABLE documents (
  seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id            text COLLATE "C" PRIMARY KEY,
  kind          text NOT NULL,
  url           text,
  file_name     text,
  title         text,
  byline        text,
  published_at  timestamptz,
  retrieved_at  timestamptz NOT NULL,
  language      text,
  text          text NOT NULL,
  sha256        text NOT NULL UNIQUE,
  source_id     text REFERENCES sources (id),
  status        text NOT NULL DEFAULT 'new',
  ingest_notes  jsonb NOT NULL DEFAULT '[]',
  created_at    timestamptz NOT NULL,
  -- A tsvector may not exceed 1 MB: only the first million characters are indexed.
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('corroborate_search', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('corroborate_search', left(text, 1000000)), 'B')
  ) STORED
);

CREATE INDEX documents_created_idx ON documents (created_at, id);
CREATE INDEX documents_status_idx ON documents (status, created_at, id);
CREATE INDEX documents_source_idx ON documents (source_id, created_at, id);
CREATE INDEX documents_language_idx ON documents (language, created_at, id);
CREATE INDEX documents_search_idx ON documents USING gin (search_vector);
