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
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

const INSERT = `INSERT INTO media_items (${MEDIA_COLUMNS}, pdq_matchable) VALUES (${placeholders(20)})
  ON CONFLICT (sha256) DO NOTHING`;

/** Media items and their PDQ matches, in SQLite. */
export class SqliteMediaRepository implements MediaRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async insertOrGetBySha(item: NewMediaItem): Promise<{ media: MediaItem; created: boolean }> {
    checkNewMedia(item);
    return await this.session.run((c) => {
      const media = newMediaRecord(item, this.deps.ids.next('med'), this.deps.clock.now());
      let inserted: boolean;
      try {
        inserted = c.run(INSERT, ...mediaValues(media), isMatchable(media) ? 1 : 0).changes === 1;
      } catch (err) {
        throw mapSqliteError(err, `document ${item.documentId}`);
      }
      if (inserted) return { media, created: true };
      const row = c.get(`SELECT ${MEDIA_COLUMNS} FROM media_items WHERE sha256 = ?`, item.sha256);
      if (!row) throw notFound('media item with sha256', item.sha256);
      return { media: toMedia(row), created: false };
    });
  }

  async get(id: string): Promise<MediaItem | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${MEDIA_COLUMNS} FROM media_items WHERE id = ?`, id),
    );
    return row ? toMedia(row) : null;
  }

  async getBySha(sha256: string): Promise<MediaItem | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${MEDIA_COLUMNS} FROM media_items WHERE sha256 = ?`, sha256),
    );
    return row ? toMedia(row) : null;
  }

  async list(q: MediaListQuery): Promise<Page<MediaItem>> {
    checkLimit(q.limit);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.sensitivity !== undefined) {
      checkSensitivity(q.sensitivity);
      where.push('sensitivity = ?');
      params.push(q.sensitivity);
    }
    if (q.cursor) {
      const pos = decodeCursor(q.cursor);
      where.push('(created_at, id) < (?, ?)');
      params.push(iso(pos.createdAt), pos.id);
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const sql = `SELECT ${MEDIA_COLUMNS} FROM media_items ${filter} ORDER BY created_at DESC, id DESC LIMIT ?`;
    const rows = await this.session.run((c) => c.all(sql, ...params, q.limit + 1));
    const items = rows.slice(0, q.limit).map(toMedia);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  async setSensitivity(id: string, sensitivity: Sensitivity): Promise<MediaItem> {
    checkSensitivity(sensitivity);
    const row = await this.session.run((c) => {
      c.run('UPDATE media_items SET sensitivity = ? WHERE id = ?', sensitivity, id);
      return c.get(`SELECT ${MEDIA_COLUMNS} FROM media_items WHERE id = ?`, id);
    });
    if (!row) throw notFound('media item', id);
    return toMedia(row);
  }

  async count(): Promise<number> {
    const row = await this.session.run((c) => c.get('SELECT count(*) AS n FROM media_items'));
    return row ? num(row, 'n') : 0;
  }

  async *iterate(): AsyncIterable<MediaItem> {
    let after = 0;
    for (;;) {
      const rows = await this.session.run((c) =>
        c.all(
          `SELECT seq, ${MEDIA_COLUMNS} FROM media_items WHERE seq > ? ORDER BY seq LIMIT ?`,
          after,
          ITERATE_BATCH,
        ),
      );
      for (const row of rows) yield toMedia(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async hashesForMatching(afterPosition: number, limit: number): Promise<MediaHashRow[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT seq, id, pdq, first_seen_at FROM media_items WHERE pdq_matchable = 1 AND seq > ? ORDER BY seq LIMIT ?`,
        afterPosition,
        limit,
      ),
    );
    return rows.map(toMediaHashRow);
  }

  async addMatch(m: NewMediaMatch): Promise<MediaMatch> {
    checkNewMatch(m);
    const match: MediaMatch = { ...m, id: this.deps.ids.next('mm'), createdAt: this.deps.clock.now() };
    await this.session.run((c) => {
      try {
        c.run(
          `INSERT INTO media_matches (${MATCH_COLUMNS}) VALUES (${placeholders(11)})`,
          ...matchValues(match),
        );
      } catch (err) {
        throw mapSqliteError(err, `media item ${m.mediaId}, its match or hash list`);
      }
    });
    return match;
  }

  async listMatches(mediaId: string): Promise<MediaMatch[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${MATCH_COLUMNS} FROM media_matches WHERE media_id = ? OR matched_media_id = ?
          ORDER BY created_at, id`,
        mediaId,
        mediaId,
      ),
    );
    return rows.map(toMatch);
  }
}
