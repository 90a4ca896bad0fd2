-- Preservation: the hash-chained ledger of stored objects, its signed checkpoints, their RFC 3161
-- timestamps, and web captures (WARC bytes live in the blob store under sha256).

CREATE TABLE ledger_entries (
  seq        bigint PRIMARY KEY,
  -- timestamptz keeps microseconds; the store writes millisecond instants, which the hash covers.
  at         timestamptz NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('document', 'media', 'capture', 'audit')),
  object_id  text NOT NULL,
  sha256     text NOT NULL,
  prev_hash  text NOT NULL,
  hash       text NOT NULL UNIQUE
);

CREATE INDEX ledger_entries_object_idx ON ledger_entries (object_id, seq);

CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only';
END
$$;

CREATE TRIGGER ledger_entries_no_change BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();

CREATE TABLE ledger_checkpoints (
  seq             bigint PRIMARY KEY,
  hash            text NOT NULL,
  at              timestamptz NOT NULL,
  algorithm       text NOT NULL,
  key_fingerprint text NOT NULL,
  signature       text NOT NULL
);

CREATE TABLE checkpoint_timestamps (
  id             bigserial PRIMARY KEY,
  checkpoint_seq bigint NOT NULL REFERENCES ledger_checkpoints (seq),
  tsa_url        text NOT NULL,
  token          bytea NOT NULL,
  gen_time       timestamptz NOT NULL
);

CREATE INDEX checkpoint_timestamps_seq_idx ON checkpoint_timestamps (checkpoint_seq, id);

CREATE TABLE captures (
  id          text PRIMARY KEY,
  url         text NOT NULL,
  sha256      text NOT NULL,
  filename    text NOT NULL,
  byte_size   bigint NOT NULL,
  document_id text REFERENCES documents (id),
  -- JSON array of media item ids, in page order.
  media_ids   text NOT NULL,
  captured_at timestamptz NOT NULL,
  created_at  timestamptz NOT NULL
);

CREATE INDEX captures_document_idx ON captures (document_id);

CREATE TABLE capture_media (
  capture_id text NOT NULL REFERENCES captures (id),
  media_id   text NOT NULL REFERENCES media_items (id),
  PRIMARY KEY (capture_id, media_id)
);

CREATE INDEX capture_media_media_idx ON capture_media (media_id);
