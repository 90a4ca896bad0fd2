-- Preservation: the hash-chained ledger of stored objects, its signed checkpoints, their RFC 3161
-- timestamps, and web captures (WARC bytes live in the blob store under sha256).

CREATE TABLE ledger_entries (
  seq        INTEGER PRIMARY KEY,
  -- ISO 8601 UTC with milliseconds: the hash covers exactly this text.
  at         TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('document', 'media', 'capture', 'audit')),
  object_id  TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL UNIQUE
);

CREATE INDEX ledger_entries_object_idx ON ledger_entries (object_id, seq);

CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries BEGIN
  SELECT RAISE (ABORT, 'ledger_entries is append-only');
END;

CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries BEGIN
  SELECT RAISE (ABORT, 'ledger_entries is append-only');
END;

CREATE TABLE ledger_checkpoints (
  seq             INTEGER PRIMARY KEY,
  hash            TEXT NOT NULL,
  at              TEXT NOT NULL,
  algorithm       TEXT NOT NULL,
  key_fingerprint TEXT NOT NULL,
  signature       TEXT NOT NULL
);

CREATE TABLE checkpoint_timestamps (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  checkpoint_seq INTEGER NOT NULL REFERENCES ledger_checkpoints (seq),
  tsa_url        TEXT NOT NULL,
  token          BLOB NOT NULL,
  gen_time       TEXT NOT NULL
);

CREATE INDEX checkpoint_timestamps_seq_idx ON checkpoint_timestamps (checkpoint_seq, id);

CREATE TABLE captures (
  id          TEXT PRIMARY KEY,
  url         TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  filename    TEXT NOT NULL,
  byte_size   INTEGER NOT NULL,
  document_id TEXT REFERENCES documents (id),
  -- JSON array of media item ids, in page order.
  media_ids   TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE INDEX captures_document_idx ON captures (document_id);

CREATE TABLE capture_media (
  capture_id TEXT NOT NULL REFERENCES captures (id),
  media_id   TEXT NOT NULL REFERENCES media_items (id),
  PRIMARY KEY (capture_id, media_id)
);

CREATE INDEX capture_media_media_idx ON capture_media (media_id);
