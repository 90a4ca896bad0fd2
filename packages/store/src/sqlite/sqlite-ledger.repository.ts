import type { LedgerEntryKind, LedgerRepository, StoredLedgerEntry } from '@corroborate/core';
import {
  LEDGER_COLUMNS,
  checkFollows,
  checkLedgerInput,
  ledgerValues,
  nextLedgerEntry,
  toLedgerEntry,
} from '../shared/ledger-row.mapper';
import { num, str } from '../shared/row-reader';
import { ITERATE_BATCH, type StoreDeps } from '../shared/store-deps';
import type { SqliteConnection } from './sqlite-connection';
import type { SqliteSession } from './sqlite-session';

const INSERT = `INSERT INTO ledger_entries (${LEDGER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`;

const head = (c: SqliteConnection): { seq: number; hash: string } | null => {
  const row = c.get('SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1');
  return row ? { seq: num(row, 'seq'), hash: str(row, 'hash') } : null;
};

/** The ledger in SQLite: reading the head and inserting happen in one IMMEDIATE transaction. */
export class SqliteLedgerRepository implements LedgerRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async append(entry: StoredLedgerEntry): Promise<void> {
    await this.session.run((c) =>
      c.atomic(() => {
        checkFollows(head(c), entry);
        c.run(INSERT, ...ledgerValues(entry));
      }),
    );
  }

  async record(input: {
    kind: LedgerEntryKind;
    objectId: string;
    sha256: string;
  }): Promise<StoredLedgerEntry> {
    checkLedgerInput(input);
    return await this.session.run((c) =>
      c.atomic(() => {
        const e = nextLedgerEntry(head(c), input, this.deps.clock.now());
        c.run(INSERT, ...ledgerValues(e));
        return e;
      }),
    );
  }

  async latest(): Promise<StoredLedgerEntry | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${LEDGER_COLUMNS} FROM ledger_entries ORDER BY seq DESC LIMIT 1`),
    );
    return row ? toLedgerEntry(row) : null;
  }

  async range(fromSeq: number, toSeq: number): Promise<StoredLedgerEntry[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE seq >= ? AND seq <= ? ORDER BY seq`,
        fromSeq,
        toSeq,
      ),
    );
    return rows.map(toLedgerEntry);
  }

  async *iterate(fromSeq = 1): AsyncIterable<StoredLedgerEntry> {
    let after = fromSeq - 1;
    for (;;) {
      const rows = await this.session.run((c) =>
        c.all(
          `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE seq > ? ORDER BY seq LIMIT ?`,
          after,
          ITERATE_BATCH,
        ),
      );
      for (const row of rows) yield toLedgerEntry(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async findByObject(objectId: string): Promise<StoredLedgerEntry[]> {
    const rows = await this.session.run((c) =>
      c.all(`SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE object_id = ? ORDER BY seq`, objectId),
    );
    return rows.map(toLedgerEntry);
  }
}
