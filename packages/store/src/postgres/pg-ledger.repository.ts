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
import type { PgSession } from './pg-session';

// Names the advisory lock that serialises ledger appenders across processes (any constant works).
const LEDGER_LOCK = 4_172_301;

const INSERT = `INSERT INTO ledger_entries (${LEDGER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`;

const lockedHead = async (s: PgSession): Promise<{ seq: number; hash: string } | null> => {
  await s.query('SELECT pg_advisory_xact_lock($1)', [LEDGER_LOCK]);
  const { rows } = await s.query('SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1');
  return rows[0] ? { seq: num(rows[0], 'seq'), hash: str(rows[0], 'hash') } : null;
};

/** The ledger in PostgreSQL: appenders take a transaction-scoped advisory lock in turn. */
export class PgLedgerRepository implements LedgerRepository {
  constructor(
    private readonly session: PgSession,
    private readonly deps: StoreDeps,
  ) {}

  async append(entry: StoredLedgerEntry): Promise<void> {
    await this.session.atomic(async (s) => {
      checkFollows(await lockedHead(s), entry);
      await s.query(INSERT, ledgerValues(entry));
    });
  }

  async record(input: {
    kind: LedgerEntryKind;
    objectId: string;
    sha256: string;
  }): Promise<StoredLedgerEntry> {
    checkLedgerInput(input);
    return await this.session.atomic(async (s) => {
      const e = nextLedgerEntry(await lockedHead(s), input, this.deps.clock.now());
      await s.query(INSERT, ledgerValues(e));
      return e;
    });
  }

  async latest(): Promise<StoredLedgerEntry | null> {
    const { rows } = await this.session.query(
      `SELECT ${LEDGER_COLUMNS} FROM ledger_entries ORDER BY seq DESC LIMIT 1`,
    );
    return rows[0] ? toLedgerEntry(rows[0]) : null;
  }

  async range(fromSeq: number, toSeq: number): Promise<StoredLedgerEntry[]> {
    const { rows } = await this.session.query(
      `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE seq >= $1 AND seq <= $2 ORDER BY seq`,
      [fromSeq, toSeq],
    );
    return rows.map(toLedgerEntry);
  }

  async *iterate(fromSeq = 1): AsyncIterable<StoredLedgerEntry> {
    let after = fromSeq - 1;
    for (;;) {
      const { rows } = await this.session.query(
        `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield toLedgerEntry(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async findByObject(objectId: string): Promise<StoredLedgerEntry[]> {
    const { rows } = await this.session.query(
      `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE object_id = $1 ORDER BY seq`,
      [objectId],
    );
    return rows.map(toLedgerEntry);
  }
}
