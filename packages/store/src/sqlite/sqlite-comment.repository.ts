import type { Comment, CommentRepository } from '@corroborate/core';
import { COMMENT_COLUMNS, toComment } from '../shared/incident-records.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

/** Comments on incidents in SQLite. */
export class SqliteCommentRepository implements CommentRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async add(comment: Omit<Comment, 'createdAt'>): Promise<Comment> {
    const stored: Comment = { ...comment, mentions: [...comment.mentions], createdAt: this.deps.clock.now() };
    await this.session.run((c) => {
      try {
        c.run(
          `INSERT INTO incident_comments (${COMMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
          stored.id,
          stored.incidentId,
          stored.authorId,
          stored.body,
          JSON.stringify(stored.mentions),
          iso(stored.createdAt),
        );
      } catch (err) {
        throw mapSqliteError(err, `incident ${comment.incidentId}`);
      }
    });
    return stored;
  }

  async listByIncident(incidentId: string): Promise<Comment[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${COMMENT_COLUMNS} FROM incident_comments WHERE incident_id = ? ORDER BY created_at, id`,
        incidentId,
      ),
    );
    return rows.map(toComment);
  }

  async moveToIncident(fromIncidentId: string, toIncidentId: string): Promise<number> {
    return await this.session.run((c) => {
      try {
        return c.run(
          'UPDATE incident_comments SET incident_id = ? WHERE incident_id = ?',
          toIncidentId,
          fromIncidentId,
        ).changes;
      } catch (err) {
        throw mapSqliteError(err, `incident ${toIncidentId}`);
      }
    });
  }
}
