import type { ReconciliationRepository, StoredReconciliation } from '@corroborate/core';
import {
  RECONCILIATION_COLUMNS,
  reconciliationParams,
  storedReconciliationAsRead,
  toReconciliation,
} from '../shared/incident-records.mapper';
import type { StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

/** Stored reconciliation results in PostgreSQL, one row per recomputation. */
export class PgReconciliationRepository implements ReconciliationRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async save(r: Omit<StoredReconciliation, 'id' | 'computedAt'>): Promise<StoredReconciliation> {
    const stored: StoredReconciliation = {
      ...r,
      id: this.deps.ids.next('rec'),
      computedAt: this.deps.clock.now(),
    };
    try {
      await this.session.query(
        `INSERT INTO incident_reconciliations (${RECONCILIATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        reconciliationParams(stored),
      );
    } catch (err) {
      throw mapPgError(err, `incident ${r.incidentId}`);
    }
    return storedReconciliationAsRead(stored);
  }

  async latest(incidentId: string): Promise<StoredReconciliation | null> {
    const [first] = await this.history(incidentId, 1);
    return first ?? null;
  }

  async history(incidentId: string, limit: number): Promise<StoredReconciliation[]> {
    const { rows } = await this.session.query(
      `SELECT ${RECONCILIATION_COLUMNS} FROM incident_reconciliations WHERE incident_id = $1
        ORDER BY computed_at DESC, id DESC LIMIT $2`,
      [incidentId, limit],
    );
    return rows.map(toReconciliation);
  }
}
