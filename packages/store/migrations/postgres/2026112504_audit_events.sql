-- Append-only, hash-chained audit log: each entry's hash covers the previous entry's hash.

CREATE TABLE audit_events (
  seq         bigint PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor_id    text,
  action      text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text NOT NULL,
  -- json (not jsonb) keeps the text exactly as hashed.
  before      json NOT NULL,
  after       json NOT NULL,
  prev_hash   text NOT NULL,
  hash        text NOT NULL UNIQUE
);

CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, seq);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END
$$;

CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
