import type { Capture, CaptureRepository, NewCapture } from '@corroborate/core';
import { CAPTURE_COLUMNS, toCapture } from '../shared/ledger-row.mapper';
import { str } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

const COLUMNS_C = CAPTURE_COLUMNS.split(', ')
  .map((c) => `c.${c}`)
  .join(', ');

/** Web captures in PostgreSQL; the WARC bytes are in the blob store. */
export class PgCaptureRepository implements CaptureRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(input: NewCapture): Promise<Capture> {
    const capture: Capture = { ...input, id: this.deps.ids.next('cap'), createdAt: this.deps.clock.now() };
    await this.session.atomic(async (s) => {
      try {
        await s.query(
          `INSERT INTO captures (${CAPTURE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            capture.id,
            capture.url,
            capture.sha256,
            capture.filename,
            capture.byteSize,
            capture.documentId,
            JSON.stringify(capture.mediaIds),
            capture.capturedAt.toISOString(),
            capture.createdAt.toISOString(),
          ],
        );
        for (const mediaId of new Set(capture.mediaIds))
          await s.query('INSERT INTO capture_media (capture_id, media_id) VALUES ($1, $2)', [
            capture.id,
            mediaId,
          ]);
      } catch (err) {
        throw mapPgError(err, `capture of ${capture.url}`);
      }
    });
    return capture;
  }

  async get(id: string): Promise<Capture | null> {
    const { rows } = await this.session.query(`SELECT ${CAPTURE_COLUMNS} FROM captures WHERE id = $1`, [id]);
    return rows[0] ? toCapture(rows[0]) : null;
  }

  async findByObjects(ids: readonly string[]): Promise<Capture[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.session.query(
      `SELECT ${COLUMNS_C} FROM captures c
        WHERE c.document_id = ANY($1::text[])
           OR c.id IN (SELECT capture_id FROM capture_media WHERE media_id = ANY($1::text[]))
        ORDER BY c.created_at, c.id`,
      [ids],
    );
    return rows.map(toCapture);
  }

  async *iterate(): AsyncIterable<Capture> {
    let after = '';
    for (;;) {
      const { rows } = await this.session.query(
        `SELECT ${CAPTURE_COLUMNS} FROM captures WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield toCapture(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = str(last, 'id');
    }
  }
}
