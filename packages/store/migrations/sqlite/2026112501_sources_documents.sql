-- Sources and documents, with an FTS5 index kept in step by triggers.
-- Instants are UTC ISO-8601 text (toISOString), which sorts in time order.

CREATE TABLE sources (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL,
  url        TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE documents (
  -- The rowid: the FTS5 external-content key, and insertion order for export.
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL,
  url          TEXT,
  file_name    TEXT,
  title        TEXT,
  byline       TEXT,
  published_at TEXT,
  retrieved_at TEXT NOT NULL,
  language     TEXT,
  text         TEXT NOT NULL,
  sha256       TEXT NOT NULL UNIQUE,
  source_id    TEXT REFERENCES sources (id),
  status       TEXT NOT NULL DEFAULT 'new',
  ingest_notes TEXT NOT NULL DEFAULT '[]',
  created_at   TEXT NOT NULL
);

CREATE INDEX documents_created_idx ON documents (created_at, id);
CREATE INDEX documents_status_idx ON documents (status, created_at, id);
CREATE INDEX documents_source_idx ON documents (source_id, created_at, id);
CREATE INDEX documents_language_idx ON documents (language, created_at, id);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title,
  text,
  content = 'documents',
  content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

-- Only when the indexed columns change: status updates must not re-index the text.
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
