import type { AuditEvent, AuditLog, AuditQuery, NewAuditEvent } from '@corroborate/core';
import { nodeHasher } from '../adapters/node-hasher';
import { nextStoredAuditEvent } from '../audit/audit-chain';
import { AUDIT_COLUMNS, auditEventParams, toAuditEvent } from '../shared/audit-row.mapper';
import { checkLimit } from '../shared/input-checks';
import { num, str } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import type { PgSession } from './pg-session';

// Any constant works; it names the lock that serialises appenders across processes.
const AUDIT_LOCK = 4_172_001;

const INSERT = `INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, before, after, prev_hash, hash)
  VALUES ($1, $2, $3, $4, $5, $6, $7::json, $8::json, $9, $10)`;

/** The audit log in PostgreSQL: appenders take a transaction-scoped advisory lock in turn. */
export class PgAuditLog implements AuditLog {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async append(event: NewAuditEvent): Promise<AuditEvent> {
    return await this.session.atomic(async (s) => {
      await s.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
      const { rows } = await s.query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
      const head = rows[0] ? { seq: num(rows[0], 'seq'), hash: str(rows[0], 'hash') } : null;
      const e = nextStoredAuditEvent(head, event, this.deps.clock.now(), nodeHasher);
      await s.query(INSERT, auditEventParams(e));
      return e;
    });
  }

  async *iterate(): AsyncIterable<AuditEvent> {
    let after = 0;
    for (;;) {
      const { rows } = await this.session.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield toAuditEvent(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async listByEntity(q: AuditQuery): Promise<AuditEvent[]> {
    checkLimit(q.limit);
    const { rows } =
      q.entityId === undefined
        ? await this.session.query(
            `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE entity_type = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
            [q.entityType, q.afterSeq ?? 0, q.limit],
          )
        : await this.session.query(
            `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE entity_type = $1 AND entity_id = $2 AND seq > $3
              ORDER BY seq LIMIT $4`,
            [q.entityType, q.entityId, q.afterSeq ?? 0, q.limit],
          );
    return rows.map(toAuditEvent);
  }
}
