import { DomainError, type IncidentMediaLink, type MediaLinkRepository } from '@corroborate/core';
import { MEDIA_LINK_COLUMNS, toMediaLink } from '../shared/incident-records.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

/** Links from incidents to media item ids, in PostgreSQL. */
export class PgMediaLinkRepository implements MediaLinkRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async link(l: Omit<IncidentMediaLink, 'linkedAt'>): Promise<IncidentMediaLink> {
    const link: IncidentMediaLink = { ...l, linkedAt: this.deps.clock.now() };
    let inserted: number;
    try {
      const r = await this.session.query(
        `INSERT INTO incident_media (${MEDIA_LINK_COLUMNS}) VALUES ($1, $2, $3, $4, $5)
          ON CONFLICT (incident_id, media_id) DO NOTHING`,
        [link.incidentId, link.mediaId, link.note, link.linkedBy, iso(link.linkedAt)],
      );
      inserted = r.rowCount;
    } catch (err) {
      throw mapPgError(err, `incident ${l.incidentId}`);
    }
    if (inserted === 0)
      throw new DomainError('conflict', `media ${l.mediaId} is already linked to incident ${l.incidentId}`);
    return link;
  }

  async unlink(incidentId: string, mediaId: string): Promise<boolean> {
    const r = await this.session.query(
      'DELETE FROM incident_media WHERE incident_id = $1 AND media_id = $2',
      [incidentId, mediaId],
    );
    return r.rowCount > 0;
  }

  async listByIncident(incidentId: string): Promise<IncidentMediaLink[]> {
    const { rows } = await this.session.query(
      `SELECT ${MEDIA_LINK_COLUMNS} FROM incident_media WHERE incident_id = $1 ORDER BY linked_at, media_id`,
      [incidentId],
    );
    return rows.map(toMediaLink);
  }

  async moveToIncident(fromIncidentId: string, toIncidentId: string): Promise<number> {
    return await this.session.atomic(async (s) => {
      // A media item linked to both stays once, on the survivor.
      const moved = await s.query(
        `UPDATE incident_media SET incident_id = $1 WHERE incident_id = $2
          AND media_id NOT IN (SELECT media_id FROM incident_media WHERE incident_id = $1)`,
        [toIncidentId, fromIncidentId],
      );
      await s.query('DELETE FROM incident_media WHERE incident_id = $1', [fromIncidentId]);
      return moved.rowCount;
    });
  }
}
