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
import { date, iso, str, type Row } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

const INSERT = `INSERT INTO claims (id, document_id, extracted, corrected, review, incident_id, event, date_from, date_to,
  created_at, updated_at) VALUES ($1, $2, $3::jsonb, NULL, 'machine', NULL, $4, $5::date, $6::date, $7, $7)`;

/** Claims in PostgreSQL. */
export class PgClaimRepository implements ClaimRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  /**
   * Deletes the document's unreviewed claims and stores `facts` in their place, atomically.
   * Facts equal to a reviewed claim's machine output are not stored again. Returns the new claims.
   */
  async replaceMachineClaims(documentId: string, facts: ClaimFacts[]): Promise<Claim[]> {
    return await this.session.atomic(async (s) => {
      // Locks the document row: two re-extractions of one document run one after the other.
      await s.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [documentId]);
      const { rows } = await s.query(
        `SELECT ${CLAIM_COLUMNS} FROM claims WHERE document_id = $1 ORDER BY created_at, id`,
        [documentId],
      );
      await s.query(
        `DELETE FROM claims WHERE document_id = $1 AND review = 'machine' AND incident_id IS NULL`,
        [documentId],
      );
      const now = this.deps.clock.now();
      const stored: Claim[] = [];
      for (const f of withoutReviewed(facts, rows.map(toClaim))) {
        const id = this.deps.ids.next('clm');
        const days = claimDayRange(f);
        try {
          await s.query(INSERT, [id, documentId, JSON.stringify(f), f.event, days.from, days.to, iso(now)]);
        } catch (err) {
          throw mapPgError(err, `document ${documentId}`);
        }
        stored.push({
          id,
          documentId,
          extracted: JSON.parse(JSON.stringify(f)) as ClaimFacts,
          corrected: null,
          review: 'machine',
          incidentId: null,
          createdAt: now,
          updatedAt: now,
        });
      }
      return stored;
    });
  }

  /** In the order they were stored. */
  async listByDocument(documentId: string): Promise<Claim[]> {
    const { rows } = await this.session.query(
      `SELECT ${CLAIM_COLUMNS} FROM claims WHERE document_id = $1 ORDER BY created_at, id`,
      [documentId],
    );
    return rows.map(toClaim);
  }

  async get(id: string): Promise<Claim | null> {
    const { rows } = await this.session.query(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = $1`, [id]);
    return rows[0] ? toClaim(rows[0]) : null;
  }

  async *iterate(): AsyncIterable<Claim> {
    let after: Row | null = null;
    for (;;) {
      const { rows }: { rows: Row[] } =
        after === null
          ? await this.session.query(`SELECT ${CLAIM_COLUMNS} FROM claims ORDER BY created_at, id LIMIT $1`, [
              ITERATE_BATCH,
            ])
          : await this.session.query(
              `SELECT ${CLAIM_COLUMNS} FROM claims WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT $3`,
              [iso(date(after, 'created_at')), str(after, 'id'), ITERATE_BATCH],
            );
      for (const row of rows) yield toClaim(row);
      after = rows.at(-1) ?? null;
      if (after === null || rows.length < ITERATE_BATCH) return;
    }
  }

  async listByIncident(incidentId: string): Promise<Claim[]> {
    const { rows } = await this.session.query(
      `SELECT ${CLAIM_COLUMNS} FROM claims WHERE incident_id = $1 ORDER BY created_at, id`,
      [incidentId],
    );
    return rows.map(toClaim);
  }

  async setIncident(claimId: string, incidentId: string | null): Promise<Claim> {
    if (incidentId !== null) await this.requireIncident(incidentId);
    const { rows } = await this.session.query(
      `UPDATE claims SET incident_id = $1, updated_at = $2 WHERE id = $3 RETURNING ${CLAIM_COLUMNS}`,
      [incidentId, iso(this.deps.clock.now()), claimId],
    );
    if (!rows[0]) throw notFound('claim', claimId);
    return toClaim(rows[0]);
  }

  async relinkIncident(fromIncidentId: string, toIncidentId: string): Promise<number> {
    await this.requireIncident(toIncidentId);
    const r = await this.session.query(
      'UPDATE claims SET incident_id = $1, updated_at = $2 WHERE incident_id = $3',
      [toIncidentId, iso(this.deps.clock.now()), fromIncidentId],
    );
    return r.rowCount;
  }

  async review(claimId: string, r: ClaimReview): Promise<Claim> {
    checkClaimReview(r);
    const row = await this.session.atomic(async (s) => {
      const { rows } = await s.query(`SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = $1 FOR UPDATE`, [
        claimId,
      ]);
      if (!rows[0]) return undefined;
      // The indexed columns follow the facts in force: the correction when there is one.
      const facts = r.corrected ?? toClaim(rows[0]).extracted;
      const days = claimDayRange(facts);
      const updated = await s.query(
        `UPDATE claims SET review = $1, corrected = $2::jsonb, event = $3, date_from = $4::date, date_to = $5::date,
          updated_at = $6 WHERE id = $7 RETURNING ${CLAIM_COLUMNS}`,
        [
          r.review,
          r.corrected === null ? null : JSON.stringify(r.corrected),
          facts.event,
          days.from,
          days.to,
          iso(this.deps.clock.now()),
          claimId,
        ],
      );
      return updated.rows[0];
    });
    if (!row) throw notFound('claim', claimId);
    return toClaim(row);
  }

  private async requireIncident(id: string): Promise<void> {
    const { rows } = await this.session.query('SELECT 1 FROM incidents WHERE id = $1', [id]);
    if (rows.length === 0) throw notFound('incident', id);
  }
}
