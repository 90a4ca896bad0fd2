import { DomainError, type IncidentMediaLink, type MediaLinkRepository } from '@corroborate/core';
import { MEDIA_LINK_COLUMNS, toMediaLink } from '../shared/incident-records.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

/** Links from incidents to media item ids, in SQLite. */
export class SqliteMediaLinkRepository implements MediaLinkRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async link(l: Omit<IncidentMediaLink, 'linkedAt'>): Promise<IncidentMediaLink> {
    const link: IncidentMediaLink = { ...l, linkedAt: this.deps.clock.now() };
    await this.session.run((c) => {
      if (
        c.get('SELECT 1 FROM incident_media WHERE incident_id = ? AND media_id = ?', l.incidentId, l.mediaId)
      )
        throw new DomainError('conflict', `media ${l.mediaId} is already linked to incident ${l.incidentId}`);
      try {
        c.run(
          `INSERT INTO incident_media (${MEDIA_LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?)`,
          link.incidentId,
          link.mediaId,
          link.note,
          link.linkedBy,
          iso(link.linkedAt),
        );
      } catch (err) {
        throw mapSqliteError(err, `incident ${l.incidentId}`);
      }
    });
    return link;
  }

  async unlink(incidentId: string, mediaId: string): Promise<boolean> {
    const changes = await this.session.run(
      (c) =>
        c.run('DELETE FROM incident_media WHERE incident_id = ? AND media_id = ?', incidentId, mediaId)
          .changes,
    );
    return changes > 0;
  }

  async listByIncident(incidentId: string): Promise<IncidentMediaLink[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${MEDIA_LINK_COLUMNS} FROM incident_media WHERE incident_id = ? ORDER BY linked_at, media_id`,
        incidentId,
      ),
    );
    return rows.map(toMediaLink);
  }

  async moveToIncident(fromIncidentId: string, toIncidentId: string): Promise<number> {
    return await this.session.run((c) =>
      c.atomic(() => {
        // A media item linked to both stays once, on the survivor.
        const moved = c.run(
          `UPDATE incident_media SET incident_id = ? WHERE incident_id = ?
            AND media_id NOT IN (SELECT media_id FROM incident_media WHERE incident_id = ?)`,
          toIncidentId,
          fromIncidentId,
          toIncidentId,
        ).changes;
        c.run('DELETE FROM incident_media WHERE incident_id = ?', fromIncidentId);
        return moved;
      }),
    );
  }
}
