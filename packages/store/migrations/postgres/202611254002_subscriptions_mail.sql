-- Reader subscriptions (double opt-in), used single-use sign-in tokens, and the mail outbox.

CREATE TABLE subscriptions (
  id                   text COLLATE "C" PRIMARY KEY,
  email                text NOT NULL,
  target_key           text NOT NULL,
  target               text NOT NULL,
  status               text NOT NULL,
  cadence              text NOT NULL,
  consecutive_failures integer NOT NULL,
  retry_at             timestamptz,
  created_at           timestamptz NOT NULL,
  confirmed_at         timestamptz,
  paused_at            timestamptz,
  unsubscribed_at      timestamptz,
  updated_at           timestamptz NOT NULL,
  UNIQUE (email, target_key)
);
CREATE INDEX subscriptions_target_idx ON subscriptions (target_key, status);

CREATE TABLE used_tokens (
  token_id   text COLLATE "C" PRIMARY KEY,
  expires_at timestamptz NOT NULL
);

CREATE TABLE mail_outbox (
  id              text COLLATE "C" PRIMARY KEY,
  subscription_id text,
  message         text NOT NULL,
  state           text NOT NULL,
  attempts        integer NOT NULL,
  last_error      text,
  created_at      timestamptz NOT NULL,
  sent_at         timestamptz
);
