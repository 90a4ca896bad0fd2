import type { FollowTargetRecord, SubscriptionRecord, SubscriptionRepository } from '@corroborate/core';
import { date, dateOrNull, isoOrNull, iso, json, num, str, type Row } from '../shared/row-reader';
import type { SqlExec } from './sql-exec';

const COLUMNS =
  'id, email, target_key, target, status, cadence, consecutive_failures, retry_at, created_at, confirmed_at, paused_at, unsubscribed_at, updated_at';

// The same stable key as @corroborate/publish's targetKey().
const keyOf = (t: FollowTargetRecord): string =>
  t.kind === 'site' ? 'site' : t.kind === 'tag' ? `tag:${t.tag}` : `incident:${t.incidentId}`;

const toSubscription = (row: Row): SubscriptionRecord => ({
  id: str(row, 'id'),
  email: str(row, 'email'),
  target: json(row, 'target') as FollowTargetRecord,
  status: str(row, 'status') as SubscriptionRecord['status'],
  cadence: str(row, 'cadence') as SubscriptionRecord['cadence'],
  consecutiveFailures: num(row, 'consecutive_failures'),
  retryAt: dateOrNull(row, 'retry_at'),
  createdAt: date(row, 'created_at'),
  confirmedAt: dateOrNull(row, 'confirmed_at'),
  pausedAt: dateOrNull(row, 'paused_at'),
  unsubscribedAt: dateOrNull(row, 'unsubscribed_at'),
  updatedAt: date(row, 'updated_at'),
});

/** Subscriptions in SQL; implements @corroborate/publish's SubscriptionStore port. */
export class SqlSubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly db: SqlExec) {}

  async getById(id: string): Promise<SubscriptionRecord | null> {
    const rows = await this.db.all(`SELECT ${COLUMNS} FROM subscriptions WHERE id = ?`, [id]);
    return rows[0] ? toSubscription(rows[0]) : null;
  }

  async findByEmailAndTarget(email: string, targetKey: string): Promise<SubscriptionRecord | null> {
    const rows = await this.db.all(
      `SELECT ${COLUMNS} FROM subscriptions WHERE email = ? AND target_key = ?`,
      [email, targetKey],
    );
    return rows[0] ? toSubscription(rows[0]) : null;
  }

  async save(s: SubscriptionRecord): Promise<void> {
    const values = [
      s.email,
      keyOf(s.target),
      JSON.stringify(s.target),
      s.status,
      s.cadence,
      s.consecutiveFailures,
      isoOrNull(s.retryAt),
      iso(s.createdAt),
      isoOrNull(s.confirmedAt),
      isoOrNull(s.pausedAt),
      isoOrNull(s.unsubscribedAt),
      iso(s.updatedAt),
    ];
    const changed = await this.db.run(
      `UPDATE subscriptions SET email = ?, target_key = ?, target = ?, status = ?, cadence = ?,
         consecutive_failures = ?, retry_at = ?, created_at = ?, confirmed_at = ?, paused_at = ?,
         unsubscribed_at = ?, updated_at = ? WHERE id = ?`,
      [...values, s.id],
    );
    if (changed === 0)
      await this.db.run(
        `INSERT INTO subscriptions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [s.id, ...values],
      );
  }

  async listConfirmedForTargets(targetKeys: string[]): Promise<SubscriptionRecord[]> {
    if (targetKeys.length === 0) return [];
    const rows = await this.db.all(
      `SELECT ${COLUMNS} FROM subscriptions WHERE status = 'confirmed'
       AND target_key IN (${targetKeys.map(() => '?').join(', ')}) ORDER BY email, id`,
      targetKeys,
    );
    return rows.map(toSubscription);
  }

  async countConfirmedForTarget(targetKey: string): Promise<number> {
    const rows = await this.db.all(
      "SELECT count(*) AS n FROM subscriptions WHERE status = 'confirmed' AND target_key = ?",
      [targetKey],
    );
    return rows[0] ? num(rows[0], 'n') : 0;
  }

  async listDigestDue(): Promise<{ subscription: SubscriptionRecord; since: Date }[]> {
    const rows = await this.db.all(
      `SELECT ${COLUMNS}, last_digest_at FROM subscriptions
       WHERE status = 'confirmed' AND cadence = 'digest' ORDER BY email, id`,
      [],
    );
    return rows.map((row) => {
      const subscription = toSubscription(row);
      const since = dateOrNull(row, 'last_digest_at') ?? subscription.confirmedAt ?? subscription.createdAt;
      return { subscription, since };
    });
  }

  async markDigestSent(id: string, until: Date): Promise<void> {
    await this.db.run('UPDATE subscriptions SET last_digest_at = ? WHERE id = ?', [iso(until), id]);
  }
}
