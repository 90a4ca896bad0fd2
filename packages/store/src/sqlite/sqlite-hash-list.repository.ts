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
import type { SqliteSession } from './sqlite-session';

/** Imported hash lists and their entries, in SQLite. */
export class SqliteHashListRepository implements HashListRepository {
  constructor(
    private readonly session: SqliteSession,
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
    await this.session.run((c) =>
      c.atomic(() => {
        if (c.get('SELECT 1 FROM hash_lists WHERE name = ?', stored.name))
          throw new DomainError('conflict', `hash list "${stored.name}" already exists`);
        c.run(
          `INSERT INTO hash_lists (${HASH_LIST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
          stored.id,
          stored.name,
          stored.fileName,
          stored.entryCount,
          stored.importedBy,
          iso(stored.importedAt),
        );
        for (const e of entries) {
          c.run(
            'INSERT INTO hash_list_entries (list_id, line, hash, label) VALUES (?, ?, ?, ?)',
            stored.id,
            e.line,
            e.hash,
            e.label,
          );
        }
      }),
    );
    return stored;
  }

  async get(id: string): Promise<HashList | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${HASH_LIST_COLUMNS} FROM hash_lists WHERE id = ?`, id),
    );
    return row ? toHashList(row) : null;
  }

  async getByName(name: string): Promise<HashList | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${HASH_LIST_COLUMNS} FROM hash_lists WHERE name = ?`, name.trim()),
    );
    return row ? toHashList(row) : null;
  }

  async list(): Promise<HashList[]> {
    const rows = await this.session.run((c) =>
      c.all(`SELECT ${HASH_LIST_COLUMNS} FROM hash_lists ORDER BY imported_at, id`),
    );
    return rows.map(toHashList);
  }

  async *iterateEntries(): AsyncIterable<HashListEntry & { listId: string }> {
    let after = 0;
    for (;;) {
      const rows = await this.session.run((c) =>
        c.all(
          'SELECT seq, list_id, line, hash, label FROM hash_list_entries WHERE seq > ? ORDER BY seq LIMIT ?',
          after,
          ITERATE_BATCH,
        ),
      );
      for (const row of rows) yield toHashListEntry(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }
}
