-- Reader subscriptions (double opt-in), used single-use sign-in tokens, and the mail outbox.

CREATE TABLE subscriptions (
  id                   TEXT PRIMARY KEY,
  email                TEXT NOT NULL,
  target_key           TEXT NOT NULL,
  target               TEXT NOT NULL,
  status               TEXT NOT NULL,
  cadence              TEXT NOT NULL,
  consecutive_failures INTEGER NOT NULL,
  retry_at             TEXT,
  created_at           TEXT NOT NULL,
  confirmed_at         TEXT,
  paused_at            TEXT,
  unsubscribed_at      TEXT,
  updated_at           TEXT NOT NULL,
  UNIQUE (email, target_key)
);
CREATE INDEX subscriptions_target_idx ON subscriptions (target_key, status);

CREATE TABLE used_tokens (
  token_id   TEXT PRIMARY KEY,
  expires_at TEXT NOT NULL
);

CREATE TABLE mail_outbox (
  id              TEXT PRIMARY KEY,
  subscription_id TEXT,
  message         TEXT NOT NULL,
  state           TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT
);
