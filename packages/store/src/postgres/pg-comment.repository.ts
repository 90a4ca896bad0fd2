import type { Comment, CommentRepository } from '@corroborate/core';
import { COMMENT_COLUMNS, toComment } from '../shared/incident-records.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

/** Comments on incidents in PostgreSQL. */
export class PgCommentRepository implements CommentRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async add(comment: Omit<Comment, 'createdAt'>): Promise<Comment> {
    const stored: Comment = { ...comment, mentions: [...comment.mentions], createdAt: this.deps.clock.now() };
    try {
      await this.session.query(
        `INSERT INTO incident_comments (${COMMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          stored.id,
          stored.incidentId,
          stored.authorId,
          stored.body,
          JSON.stringify(stored.mentions),
          iso(stored.createdAt),
        ],
      );
    } catch (err) {
      throw mapPgError(err, `incident ${comment.incidentId}`);
    }
    return stored;
  }

  async listByIncident(incidentId: string): Promise<Comment[]> {
    const { rows } = await this.session.query(
      `SELECT ${COMMENT_COLUMNS} FROM incident_comments WHERE incident_id = $1 ORDER BY created_at, id`,
      [incidentId],
    );
    return rows.map(toComment);
  }

  async moveToIncident(fromIncidentId: string, toIncidentId: string): Promise<number> {
    try {
      const r = await this.session.query(
        'UPDATE incident_comments SET incident_id = $1 WHERE incident_id = $2',
        [toIncidentId, fromIncidentId],
      );
      return r.rowCount;
    } catch (err) {
      throw mapPgError(err, `incident ${toIncidentId}`);
    }
  }
}
