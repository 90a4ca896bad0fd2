import {
  notFound,
  type Claim,
  type ClaimFacts,
  type ClaimRepository,
  type ClaimReview,
} from '@corroborate/core';
import { claimDayRange, withoutReviewed } from '../shared/claim-facts';
import { checkClaimReview } from '../shared/claim-review';
import { CLAIM_COLUMNS, toClaim } from '../shared/claim-row.mapper';
import { iso, str, type Row } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

const INSERT = `INSERT INTO claims (id, document_id, extracted, corrected, review, incident_id, event, date_from, date_to,
  created_at, updated_at) VALUES (?, ?, ?, NULL, 'machine', NULL, ?, ?, ?, ?, ?)`;

/** Claims in SQLite. */
export class SqliteClaimRepository implements ClaimRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  /**
   * Deletes the document's unreviewed claims and stores `facts` in their place, atomically.
   * Facts equal to a reviewed claim's machine output are not stored again. Returns the new claims.
   */
  async replaceMachineClaims(documentId: string, facts: ClaimFacts[]): Promise<Claim[]> {
    return await this.session.run((c) =>
      c.atomic(() => {
        const existing = c
          .all(
            `SELECT ${CLAIM_COLUMNS} FROM claims WHERE document_id = ? ORDER BY created_at, id`,
            documentId,
          )
          .map(toClaim);
        c.run(
          `DELETE FROM claims WHERE document_id = ? AND review = 'machine' AND incident_id IS NULL`,
          documentId,
        );
        const now = this.deps.clock.now();
        return withoutReviewed(facts, existing).map((f) => {
          const claim: Claim = {
            id: this.deps.ids.next('clm'),
            documentId,
            extracted: f,
            corrected: null,
            review: 'machine',
            incidentId: null,
            createdAt: now,
            updatedAt: now,
          };
          const days = claimDayRange(f);
          try {
            c.run(
              INSERT,
              claim.id,
              documentId,
              JSON.stringify(f),
              f.event,
              days.from,
              days.to,
              iso(now),
              iso(now),
            );
          } catch (err) {
            throw mapSqliteError(err, `document ${documentId}`);
          }
          // Read back through JSON like every other read, so callers see the stored value.
          return { ...claim, extracted: JSON.parse(JSON.stringify(f)) as ClaimFacts };
        });
      }),
    );
  }

  /** In the order they were stored. */
  async listByDocument(documentId: string): Promise<Claim[]> {
    const rows = await this.session.run((c) =>
      c.all(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE document_id = ? ORDER BY created_at, id`, documentId),
    );
    return rows.map(toClaim);
  }

  async get(id: string): Promise<Claim | null> {
    const row = await this.session.run((c) => c.get(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ?`, id));
    return row ? toClaim(row) : null;
  }

  async *iterate(): AsyncIterable<Claim> {
    let after: [string, string] | null = null;
    for (;;) {
      const from: [string, string] | null = after;
      const rows: Row[] = await this.session.run((c) =>
        from === null
          ? c.all(`SELECT ${CLAIM_COLUMNS} FROM claims ORDER BY created_at, id LIMIT ?`, ITERATE_BATCH)
          : c.all(
              `SELECT ${CLAIM_COLUMNS} FROM claims WHERE (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?`,
              ...from,
              ITERATE_BATCH,
            ),
      );
      for (const row of rows) yield toClaim(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = [str(last, 'created_at'), str(last, 'id')];
    }
  }

  async listByIncident(incidentId: string): Promise<Claim[]> {
    const rows = await this.session.run((c) =>
      c.all(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE incident_id = ? ORDER BY created_at, id`, incidentId),
    );
    return rows.map(toClaim);
  }

  async setIncident(claimId: string, incidentId: string | null): Promise<Claim> {
    const now = iso(this.deps.clock.now());
    const row = await this.session.run((c) => {
      if (incidentId !== null && !c.get('SELECT 1 FROM incidents WHERE id = ?', incidentId))
        throw notFound('incident', incidentId);
      c.run('UPDATE claims SET incident_id = ?, updated_at = ? WHERE id = ?', incidentId, now, claimId);
      return c.get(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ?`, claimId);
    });
    if (!row) throw notFound('claim', claimId);
    return toClaim(row);
  }

  async relinkIncident(fromIncidentId: string, toIncidentId: string): Promise<number> {
    const now = iso(this.deps.clock.now());
    return await this.session.run((c) => {
      if (!c.get('SELECT 1 FROM incidents WHERE id = ?', toIncidentId))
        throw notFound('incident', toIncidentId);
      return c.run(
        'UPDATE claims SET incident_id = ?, updated_at = ? WHERE incident_id = ?',
        toIncidentId,
        now,
        fromIncidentId,
      ).changes;
    });
  }

  async review(claimId: string, r: ClaimReview): Promise<Claim> {
    checkClaimReview(r);
    const now = iso(this.deps.clock.now());
    const row = await this.session.run((c) =>
      c.atomic(() => {
        const current = c.get(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ?`, claimId);
        if (!current) return undefined;
        // The indexed columns follow the facts in force: the correction when there is one.
        const facts = r.corrected ?? toClaim(current).extracted;
        const days = claimDayRange(facts);
        c.run(
          'UPDATE claims SET review = ?, corrected = ?, event = ?, date_from = ?, date_to = ?, updated_at = ? WHERE id = ?',
          r.review,
          r.corrected === null ? null : JSON.stringify(r.corrected),
          facts.event,
          days.from,
          days.to,
          now,
          claimId,
        );
        return c.get(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ?`, claimId);
      }),
    );
    if (!row) throw notFound('claim', claimId);
    return toClaim(row);
  }
}
