import {
  notFound,
  type AssessmentListQuery,
  type AssessmentUpdate,
  type PublicComment,
  type PublicCommentStatus,
  type PublishedAssessment,
  type PublishedMediaReview,
  type SiteRepository,
} from '@corroborate/core';
import { date, iso, num, str, strOrNull, type Row } from '../shared/row-reader';
import { containsPattern } from '../shared/sql-dialect';
import {
  ASSESSMENT_COLUMNS,
  COMMENT_COLUMNS,
  UPDATE_COLUMNS,
  assessmentParams,
  toAssessment,
  toPublicComment,
  toUpdate,
} from './site-row.mapper';
import type { SqlExec } from './sql-exec';

const ASSESSMENT_PLACEHOLDERS = ASSESSMENT_COLUMNS.split(',')
  .map(() => '?')
  .join(', ');

const REVIEW_COLUMNS = 'assessment_id, media_id, authenticity, context, original_link, reviewed_at';

const toMediaReview = (row: Row): PublishedMediaReview => ({
  assessmentId: str(row, 'assessment_id'),
  mediaId: str(row, 'media_id'),
  authenticity: str(row, 'authenticity') as PublishedMediaReview['authenticity'],
  context: str(row, 'context'),
  originalLink: strOrNull(row, 'original_link'),
  reviewedAt: date(row, 'reviewed_at'),
});

/** The public site's tables, one implementation for SQLite and PostgreSQL (portable SQL only). */
export class SqlSiteRepository implements SiteRepository {
  constructor(private readonly db: SqlExec) {}

  async createAssessment(a: PublishedAssessment): Promise<PublishedAssessment> {
    await this.db.run(
      `INSERT INTO assessments (${ASSESSMENT_COLUMNS}) VALUES (${ASSESSMENT_PLACEHOLDERS})`,
      assessmentParams(a),
    );
    for (const incidentId of new Set(a.incidentIds))
      await this.db.run('INSERT INTO assessment_incidents (assessment_id, incident_id) VALUES (?, ?)', [
        a.id,
        incidentId,
      ]);
    return a;
  }

  async assessmentBySlug(slug: string): Promise<PublishedAssessment | null> {
    const rows = await this.db.all(`SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE slug = ?`, [slug]);
    return rows[0] ? toAssessment(rows[0]) : null;
  }

  async assessmentById(id: string): Promise<PublishedAssessment | null> {
    const rows = await this.db.all(`SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE id = ?`, [id]);
    return rows[0] ? toAssessment(rows[0]) : null;
  }

  async assessmentsByIncident(incidentId: string): Promise<PublishedAssessment[]> {
    const rows = await this.db.all(
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE id IN
         (SELECT assessment_id FROM assessment_incidents WHERE incident_id = ?) ORDER BY updated_at DESC, id`,
      [incidentId],
    );
    return rows.map(toAssessment);
  }

  async listAssessments(q: AssessmentListQuery): Promise<PublishedAssessment[]> {
    const where = ['published_at IS NOT NULL'];
    const params: unknown[] = [];
    // Tags are slugs ([a-z0-9-]), so their quoted JSON form cannot hold LIKE wildcards.
    if (q.tag !== undefined) {
      where.push('tags LIKE ?');
      params.push(`%${JSON.stringify(q.tag)}%`);
    }
    if (q.country !== undefined) {
      where.push('country = ?');
      params.push(q.country);
    }
    for (const word of (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      where.push(
        "(lower(headline) LIKE ? ESCAPE '\\' OR lower(claim_reviewed) LIKE ? ESCAPE '\\' OR lower(body) LIKE ? ESCAPE '\\')",
      );
      const p = containsPattern(word);
      params.push(p, p, p);
    }
    params.push(q.limit);
    const rows = await this.db.all(
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE ${where.join(' AND ')}
       ORDER BY updated_at DESC, id LIMIT ?`,
      params,
    );
    return rows.map(toAssessment);
  }

  async updateAssessment(a: PublishedAssessment): Promise<PublishedAssessment> {
    const changed = await this.db.run(
      `UPDATE assessments SET headline = ?, claim_reviewed = ?, body = ?, grade = ?, tags = ?, country = ?,
         moderation = ?, published_at = ?, updated_at = ? WHERE id = ?`,
      assessmentParams(a).slice(3).concat([a.id]),
    );
    if (changed === 0) throw notFound('assessment', a.id);
    return a;
  }

  async addUpdate(u: AssessmentUpdate): Promise<AssessmentUpdate> {
    await this.db.run(`INSERT INTO assessment_updates (${UPDATE_COLUMNS}) VALUES (?, ?, ?, ?, ?)`, [
      u.id,
      u.assessmentId,
      u.summary,
      u.isCorrection ? 1 : 0,
      iso(u.at),
    ]);
    return u;
  }

  async listUpdates(assessmentId: string): Promise<AssessmentUpdate[]> {
    const rows = await this.db.all(
      `SELECT ${UPDATE_COLUMNS} FROM assessment_updates WHERE assessment_id = ? ORDER BY at DESC, id DESC`,
      [assessmentId],
    );
    return rows.map(toUpdate);
  }

  async listUpdatesBetween(after: Date, until: Date): Promise<AssessmentUpdate[]> {
    const rows = await this.db.all(
      `SELECT ${UPDATE_COLUMNS} FROM assessment_updates WHERE at > ? AND at <= ? ORDER BY at, id`,
      [iso(after), iso(until)],
    );
    return rows.map(toUpdate);
  }

  async addComment(c: PublicComment): Promise<PublicComment> {
    await this.db.run(`INSERT INTO public_comments (${COMMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      c.id,
      c.assessmentId,
      c.authorName,
      c.authorAvatarUrl,
      c.authorKey,
      c.body,
      c.evidenceUrl,
      c.status,
      iso(c.createdAt),
    ]);
    return c;
  }

  async getComment(id: string): Promise<PublicComment | null> {
    const rows = await this.db.all(`SELECT ${COMMENT_COLUMNS} FROM public_comments WHERE id = ?`, [id]);
    return rows[0] ? toPublicComment(rows[0]) : null;
  }

  async listComments(assessmentId: string, status: PublicCommentStatus): Promise<PublicComment[]> {
    const rows = await this.db.all(
      `SELECT ${COMMENT_COLUMNS} FROM public_comments WHERE assessment_id = ? AND status = ?
       ORDER BY created_at, id`,
      [assessmentId, status],
    );
    return rows.map(toPublicComment);
  }

  async listCommentsByStatus(status: PublicCommentStatus, limit: number): Promise<PublicComment[]> {
    const rows = await this.db.all(
      `SELECT ${COMMENT_COLUMNS} FROM public_comments WHERE status = ? ORDER BY created_at, id LIMIT ?`,
      [status, limit],
    );
    return rows.map(toPublicComment);
  }

  async setCommentStatus(id: string, status: PublicCommentStatus): Promise<PublicComment> {
    const changed = await this.db.run('UPDATE public_comments SET status = ? WHERE id = ?', [status, id]);
    const comment = changed === 0 ? null : await this.getComment(id);
    if (!comment) throw notFound('comment', id);
    return comment;
  }

  async countCommentsSince(authorKey: string, since: Date): Promise<number> {
    const rows = await this.db.all(
      'SELECT count(*) AS n FROM public_comments WHERE author_key = ? AND created_at >= ?',
      [authorKey, iso(since)],
    );
    return rows[0] ? num(rows[0], 'n') : 0;
  }

  async banAuthor(authorKey: string, reason: string, at: Date): Promise<void> {
    // A second ban of the same author keeps the first reason: banning is idempotent.
    if (await this.isBanned(authorKey)) return;
    await this.db.run('INSERT INTO banned_authors (author_key, reason, at) VALUES (?, ?, ?)', [
      authorKey,
      reason,
      iso(at),
    ]);
  }

  async isBanned(authorKey: string): Promise<boolean> {
    const rows = await this.db.all('SELECT 1 AS one FROM banned_authors WHERE author_key = ?', [authorKey]);
    return rows.length > 0;
  }

  async saveMediaReview(r: PublishedMediaReview): Promise<PublishedMediaReview> {
    // Delete then insert: portable across both engines, inside the caller's transaction.
    await this.db.run('DELETE FROM assessment_media_reviews WHERE assessment_id = ? AND media_id = ?', [
      r.assessmentId,
      r.mediaId,
    ]);
    await this.db.run(`INSERT INTO assessment_media_reviews (${REVIEW_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`, [
      r.assessmentId,
      r.mediaId,
      r.authenticity,
      r.context,
      r.originalLink,
      iso(r.reviewedAt),
    ]);
    return r;
  }

  async listMediaReviews(assessmentId: string): Promise<PublishedMediaReview[]> {
    const rows = await this.db.all(
      `SELECT ${REVIEW_COLUMNS} FROM assessment_media_reviews WHERE assessment_id = ? ORDER BY media_id`,
      [assessmentId],
    );
    return rows.map(toMediaReview);
  }
}
