import type { AuditEvent, AuditLog, AuditQuery, NewAuditEvent } from '@corroborate/core';
import { nodeHasher } from '../adapters/node-hasher';
import { nextStoredAuditEvent } from '../audit/audit-chain';
import { AUDIT_COLUMNS, auditEventParams, toAuditEvent } from '../shared/audit-row.mapper';
import { checkLimit } from '../shared/input-checks';
import { num, str } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import type { SqliteSession } from './sqlite-session';

const INSERT = `INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, before, after, prev_hash, hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The audit log in SQLite: reading the head and appending happen in one IMMEDIATE transaction. */
export class SqliteAuditLog implements AuditLog {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async append(event: NewAuditEvent): Promise<AuditEvent> {
    return await this.session.run((c) =>
      c.atomic(() => {
        const head = c.get('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
        const e = nextStoredAuditEvent(
          head ? { seq: num(head, 'seq'), hash: str(head, 'hash') } : null,
          event,
          this.deps.clock.now(),
          nodeHasher,
        );
        c.run(INSERT, ...auditEventParams(e));
        return e;
      }),
    );
  }

  async *iterate(): AsyncIterable<AuditEvent> {
    let after = 0;
    for (;;) {
      const rows = await this.session.run((c) =>
        c.all(
          `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?`,
          after,
          ITERATE_BATCH,
        ),
      );
      for (const row of rows) yield toAuditEvent(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async listByEntity(q: AuditQuery): Promise<AuditEvent[]> {
    checkLimit(q.limit);
    const rows = await this.session.run((c) =>
      q.entityId === undefined
        ? c.all(
            `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE entity_type = ? AND seq > ? ORDER BY seq LIMIT ?`,
            q.entityType,
            q.afterSeq ?? 0,
            q.limit,
          )
        : c.all(
            `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE entity_type = ? AND entity_id = ? AND seq > ?
              ORDER BY seq LIMIT ?`,
            q.entityType,
            q.entityId,
            q.afterSeq ?? 0,
            q.limit,
          ),
    );
    return rows.map(toAuditEvent);
  }
}
