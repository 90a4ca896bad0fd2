import type { Capture, CaptureRepository, NewCapture } from '@corroborate/core';
import { CAPTURE_COLUMNS, toCapture } from '../shared/ledger-row.mapper';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import { str } from '../shared/row-reader';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

const COLUMNS_C = CAPTURE_COLUMNS.split(', ')
  .map((c) => `c.${c}`)
  .join(', ');

/** Web captures in SQLite; the WARC bytes are in the blob store. */
export class SqliteCaptureRepository implements CaptureRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(input: NewCapture): Promise<Capture> {
    const capture: Capture = { ...input, id: this.deps.ids.next('cap'), createdAt: this.deps.clock.now() };
    await this.session.run((c) =>
      c.atomic(() => {
        try {
          c.run(
            `INSERT INTO captures (${CAPTURE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            capture.id,
            capture.url,
            capture.sha256,
            capture.filename,
            capture.byteSize,
            capture.documentId,
            JSON.stringify(capture.mediaIds),
            capture.capturedAt.toISOString(),
            capture.createdAt.toISOString(),
          );
          for (const mediaId of new Set(capture.mediaIds))
            c.run('INSERT INTO capture_media (capture_id, media_id) VALUES (?, ?)', capture.id, mediaId);
        } catch (err) {
          throw mapSqliteError(err, `capture of ${capture.url}`);
        }
      }),
    );
    return capture;
  }

  async get(id: string): Promise<Capture | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${CAPTURE_COLUMNS} FROM captures WHERE id = ?`, id),
    );
    return row ? toCapture(row) : null;
  }

  async findByObjects(ids: readonly string[]): Promise<Capture[]> {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${COLUMNS_C} FROM captures c
          WHERE c.document_id IN (SELECT value FROM json_each(?))
             OR c.id IN (SELECT capture_id FROM capture_media WHERE media_id IN (SELECT value FROM json_each(?)))
          ORDER BY c.created_at, c.id`,
        json,
        json,
      ),
    );
    return rows.map(toCapture);
  }

  async *iterate(): AsyncIterable<Capture> {
    let after = '';
    for (;;) {
      const rows = await this.session.run((c) =>
        c.all(
          `SELECT ${CAPTURE_COLUMNS} FROM captures WHERE id > ? ORDER BY id LIMIT ?`,
          after,
          ITERATE_BATCH,
        ),
      );
      for (const row of rows) yield toCapture(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = str(last, 'id');
    }
  }
}
