-- Where each digest subscriber's last digest ended, so the next one carries only newer updates.
ALTER TABLE subscriptions ADD COLUMN last_digest_at timestamptz;
