import {
  notFound,
  type MediaHashRow,
  type MediaItem,
  type MediaListQuery,
  type MediaMatch,
  type MediaRepository,
  type NewMediaItem,
  type NewMediaMatch,
  type Page,
  type Sensitivity,
} from '@corroborate/core';
import { checkLimit } from '../shared/input-checks';
import { checkNewMatch, checkNewMedia, checkSensitivity } from '../shared/media-checks';
import {
  MATCH_COLUMNS,
  MEDIA_COLUMNS,
  isMatchable,
  matchValues,
  mediaValues,
  newMediaRecord,
  toMatch,
  toMedia,
  toMediaHashRow,
} from '../shared/media-row.mapper';
import { decodeCursor, encodeCursor } from '../shared/page-cursor';
import { iso, num } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

// $10 pdq_dihedral, $11 flags, $12 exif are JSON text.
const INSERT = `INSERT INTO media_items (${MEDIA_COLUMNS}, pdq_matchable)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::jsonb, $13, $14, $15, $16, $17, $18, $19, $20)
  ON CONFLICT (sha256) DO NOTHING`;

const INSERT_MATCH = `INSERT INTO media_matches (${MATCH_COLUMNS})
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

/** Media items and their PDQ matches, in PostgreSQL. */
export class PgMediaRepository implements MediaRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async insertOrGetBySha(item: NewMediaItem): Promise<{ media: MediaItem; created: boolean }> {
    checkNewMedia(item);
    const media = newMediaRecord(item, this.deps.ids.next('med'), this.deps.clock.now());
    let inserted: boolean;
    try {
      const r = await this.session.query(INSERT, [...mediaValues(media), isMatchable(media)]);
      inserted = r.rowCount === 1;
    } catch (err) {
      throw mapPgError(err, `document ${item.documentId}`);
    }
    if (inserted) return { media, created: true };
    const existing = await this.getBySha(item.sha256);
    if (!existing) throw notFound('media item with sha256', item.sha256);
    return { media: existing, created: false };
  }

  async get(id: string): Promise<MediaItem | null> {
    const { rows } = await this.session.query(`SELECT ${MEDIA_COLUMNS} FROM media_items WHERE id = $1`, [id]);
    return rows[0] ? toMedia(rows[0]) : null;
  }

  async getBySha(sha256: string): Promise<MediaItem | null> {
    const { rows } = await this.session.query(`SELECT ${MEDIA_COLUMNS} FROM media_items WHERE sha256 = $1`, [
      sha256,
    ]);
    return rows[0] ? toMedia(rows[0]) : null;
  }

  async list(q: MediaListQuery): Promise<Page<MediaItem>> {
    checkLimit(q.limit);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.sensitivity !== undefined) {
      checkSensitivity(q.sensitivity);
      params.push(q.sensitivity);
      where.push(`sensitivity = $${params.length}`);
    }
    if (q.cursor) {
      const pos = decodeCursor(q.cursor);
      params.push(iso(pos.createdAt), pos.id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    params.push(q.limit + 1);
    const { rows } = await this.session.query(
      `SELECT ${MEDIA_COLUMNS} FROM media_items ${filter} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, q.limit).map(toMedia);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  async setSensitivity(id: string, sensitivity: Sensitivity): Promise<MediaItem> {
    checkSensitivity(sensitivity);
    const { rows } = await this.session.query(
      `UPDATE media_items SET sensitivity = $1 WHERE id = $2 RETURNING ${MEDIA_COLUMNS}`,
      [sensitivity, id],
    );
    if (!rows[0]) throw notFound('media item', id);
    return toMedia(rows[0]);
  }

  async count(): Promise<number> {
    const { rows } = await this.session.query('SELECT count(*) AS n FROM media_items');
    return rows[0] ? num(rows[0], 'n') : 0;
  }

  async *iterate(): AsyncIterable<MediaItem> {
    let after = 0;
    for (;;) {
      const { rows } = await this.session.query(
        `SELECT seq, ${MEDIA_COLUMNS} FROM media_items WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield toMedia(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async hashesForMatching(afterPosition: number, limit: number): Promise<MediaHashRow[]> {
    const { rows } = await this.session.query(
      `SELECT seq, id, pdq, first_seen_at FROM media_items WHERE pdq_matchable AND seq > $1 ORDER BY seq LIMIT $2`,
      [afterPosition, limit],
    );
    return rows.map(toMediaHashRow);
  }

  async addMatch(m: NewMediaMatch): Promise<MediaMatch> {
    checkNewMatch(m);
    const match: MediaMatch = { ...m, id: this.deps.ids.next('mm'), createdAt: this.deps.clock.now() };
    try {
      await this.session.query(INSERT_MATCH, matchValues(match));
    } catch (err) {
      throw mapPgError(err, `media item ${m.mediaId}, its match or hash list`);
    }
    return match;
  }

  async listMatches(mediaId: string): Promise<MediaMatch[]> {
    const { rows } = await this.session.query(
      `SELECT ${MATCH_COLUMNS} FROM media_matches WHERE media_id = $1 OR matched_media_id = $1 ORDER BY created_at, id`,
      [mediaId],
    );
    return rows.map(toMatch);
  }
}
