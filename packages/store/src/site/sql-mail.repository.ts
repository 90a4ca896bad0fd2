import {
  notFound,
  type MailOutboxRepository,
  type OutboxMail,
  type UsedTokenRepository,
} from '@corroborate/core';
import { date, dateOrNull, iso, isoOrNull, json, num, str, strOrNull, type Row } from '../shared/row-reader';
import type { SqlExec } from './sql-exec';

/** Redeemed single-use tokens; expired ones are swept on the way. */
export class SqlUsedTokenRepository implements UsedTokenRepository {
  constructor(
    private readonly db: SqlExec,
    private readonly now: () => Date,
  ) {}

  async consume(tokenId: string, expiresAt: Date): Promise<boolean> {
    await this.db.run('DELETE FROM used_tokens WHERE expires_at < ?', [iso(this.now())]);
    const seen = await this.db.all('SELECT 1 AS one FROM used_tokens WHERE token_id = ?', [tokenId]);
    if (seen.length > 0) return false;
    try {
      await this.db.run('INSERT INTO used_tokens (token_id, expires_at) VALUES (?, ?)', [
        tokenId,
        iso(expiresAt),
      ]);
      return true;
    } catch {
      // A concurrent redeem of the same token won the insert: this one is the replay.
      return false;
    }
  }
}

const COLUMNS = 'id, subscription_id, message, state, attempts, last_error, created_at, sent_at';

const toMail = (row: Row): OutboxMail => ({
  id: str(row, 'id'),
  subscriptionId: strOrNull(row, 'subscription_id'),
  message: json(row, 'message') as OutboxMail['message'],
  state: str(row, 'state') as OutboxMail['state'],
  attempts: num(row, 'attempts'),
  lastError: strOrNull(row, 'last_error'),
  createdAt: date(row, 'created_at'),
  sentAt: dateOrNull(row, 'sent_at'),
});

/** The mail outbox: what `mail.send` jobs deliver. */
export class SqlMailOutboxRepository implements MailOutboxRepository {
  constructor(private readonly db: SqlExec) {}

  async add(m: OutboxMail): Promise<OutboxMail> {
    await this.db.run(`INSERT INTO mail_outbox (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      m.id,
      m.subscriptionId,
      JSON.stringify(m.message),
      m.state,
      m.attempts,
      m.lastError,
      iso(m.createdAt),
      isoOrNull(m.sentAt),
    ]);
    return m;
  }

  async get(id: string): Promise<OutboxMail | null> {
    const rows = await this.db.all(`SELECT ${COLUMNS} FROM mail_outbox WHERE id = ?`, [id]);
    return rows[0] ? toMail(rows[0]) : null;
  }

  async markAttempt(
    id: string,
    r: { state: OutboxMail['state']; error: string | null; at: Date },
  ): Promise<OutboxMail> {
    await this.db.run(
      `UPDATE mail_outbox SET state = ?, attempts = attempts + 1, last_error = ?, sent_at = ? WHERE id = ?`,
      [r.state, r.error, r.state === 'sent' ? iso(r.at) : null, id],
    );
    const mail = await this.get(id);
    if (!mail) throw notFound('outbox mail', id);
    return mail;
  }
}
