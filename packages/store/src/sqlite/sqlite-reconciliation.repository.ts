import type { ReconciliationRepository, StoredReconciliation } from '@corroborate/core';
import {
  RECONCILIATION_COLUMNS,
  reconciliationParams,
  storedReconciliationAsRead,
  toReconciliation,
} from '../shared/incident-records.mapper';
import type { StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

/** Stored reconciliation results in SQLite, one row per recomputation. */
export class SqliteReconciliationRepository implements ReconciliationRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async save(r: Omit<StoredReconciliation, 'id' | 'computedAt'>): Promise<StoredReconciliation> {
    const stored: StoredReconciliation = {
      ...r,
      id: this.deps.ids.next('rec'),
      computedAt: this.deps.clock.now(),
    };
    await this.session.run((c) => {
      try {
        c.run(
          `INSERT INTO incident_reconciliations (${RECONCILIATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          ...reconciliationParams(stored),
        );
      } catch (err) {
        throw mapSqliteError(err, `incident ${r.incidentId}`);
      }
    });
    return storedReconciliationAsRead(stored);
  }

  async latest(incidentId: string): Promise<StoredReconciliation | null> {
    const [first] = await this.history(incidentId, 1);
    return first ?? null;
  }

  async history(incidentId: string, limit: number): Promise<StoredReconciliation[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${RECONCILIATION_COLUMNS} FROM incident_reconciliations WHERE incident_id = ?
          ORDER BY computed_at DESC, id DESC LIMIT ?`,
        incidentId,
        limit,
      ),
    );
    return rows.map(toReconciliation);
  }
}
