-- Local accounts, browser sessions and API tokens. Secrets are stored only as hashes:
-- argon2id for passwords, SHA-256 for session ids, CSRF tokens and API tokens.

CREATE TABLE users (
  id             text COLLATE "C" PRIMARY KEY,
  username       text NOT NULL,
  -- Lower-cased user name: names are unique whatever their case.
  username_key   text NOT NULL UNIQUE,
  display_name   text NOT NULL,
  email          text,
  role           text NOT NULL,
  password_hash  text NOT NULL,
  totp_secret    text,
  totp_enabled   boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  disabled       boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);

CREATE TABLE sessions (
  id_hash    text COLLATE "C" PRIMARY KEY,
  user_id    text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_hash  text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expiry_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
  id           text COLLATE "C" PRIMARY KEY,
  user_id      text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at   timestamptz
);

CREATE INDEX api_tokens_user_idx ON api_tokens (user_id, created_at, id);
