import {
  DomainError,
  type HashList,
  type HashListEntry,
  type HashListRepository,
  type NewHashList,
} from '@corroborate/core';
import { checkNewHashList } from '../shared/media-checks';
import { HASH_LIST_COLUMNS, toHashList, toHashListEntry } from '../shared/media-row.mapper';
import { iso, num } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import type { PgSession } from './pg-session';

// Entries go in batches of one multi-row INSERT each: 4 parameters a row, far under the 65,535 limit.
const ENTRY_BATCH = 1000;

/** Imported hash lists and their entries, in PostgreSQL. */
export class PgHashListRepository implements HashListRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(list: NewHashList, entries: readonly HashListEntry[]): Promise<HashList> {
    checkNewHashList(list, entries);
    const stored: HashList = {
      id: this.deps.ids.next('hl'),
      name: list.name.trim(),
      fileName: list.fileName,
      entryCount: entries.length,
      importedBy: list.importedBy,
      importedAt: this.deps.clock.now(),
    };
    await this.session.atomic(async (s) => {
      const r = await s.query(
        `INSERT INTO hash_lists (${HASH_LIST_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name) DO NOTHING`,
        [
          stored.id,
          stored.name,
          stored.fileName,
          stored.entryCount,
          stored.importedBy,
          iso(stored.importedAt),
        ],
      );
      if (r.rowCount === 0) throw new DomainError('conflict', `hash list "${stored.name}" already exists`);
      for (let from = 0; from < entries.length; from += ENTRY_BATCH) {
        const batch = entries.slice(from, from + ENTRY_BATCH);
        const values = batch.map((_, i) => `($1, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4})`).join(', ');
        await s.query(`INSERT INTO hash_list_entries (list_id, line, hash, label) VALUES ${values}`, [
          stored.id,
          ...batch.flatMap((e) => [e.line, e.hash, e.label]),
        ]);
      }
    });
    return stored;
  }

  async get(id: string): Promise<HashList | null> {
    const { rows } = await this.session.query(`SELECT ${HASH_LIST_COLUMNS} FROM hash_lists WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toHashList(rows[0]) : null;
  }

  async getByName(name: string): Promise<HashList | null> {
    const { rows } = await this.session.query(`SELECT ${HASH_LIST_COLUMNS} FROM hash_lists WHERE name = $1`, [
      name.trim(),
    ]);
    return rows[0] ? toHashList(rows[0]) : null;
  }

  async list(): Promise<HashList[]> {
    const { rows } = await this.session.query(
      `SELECT ${HASH_LIST_COLUMNS} FROM hash_lists ORDER BY imported_at, id`,
    );
    return rows.map(toHashList);
  }

  async *iterateEntries(): AsyncIterable<HashListEntry & { listId: string }> {
    let after = 0;
    for (;;) {
      const { rows } = await this.session.query(
        'SELECT seq, list_id, line, hash, label FROM hash_list_entries WHERE seq > $1 ORDER BY seq LIMIT $2',
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield toHashListEntry(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }
}
