import {
  DomainError,
  type CheckpointRepository,
  type StoredCheckpoint,
  type StoredCheckpointTimestamp,
} from '@corroborate/core';
import {
  CHECKPOINT_COLUMNS,
  TIMESTAMP_COLUMNS,
  toCheckpoint,
  toTimestamp,
} from '../shared/ledger-row.mapper';
import { num } from '../shared/row-reader';
import { ITERATE_BATCH } from '../shared/store-deps';
import type { SqliteSession } from './sqlite-session';

/** Signed ledger checkpoints and their RFC 3161 tokens, in SQLite. */
export class SqliteCheckpointRepository implements CheckpointRepository {
  constructor(private readonly session: SqliteSession) {}

  async save(cp: StoredCheckpoint): Promise<void> {
    await this.session.run((c) =>
      c.atomic(() => {
        const last = c.get('SELECT MAX(seq) AS seq FROM ledger_checkpoints');
        const lastSeq = last?.seq == null ? 0 : num(last, 'seq');
        if (cp.seq <= lastSeq)
          throw new DomainError('conflict', `checkpoint at ${cp.seq} is not after the one at ${lastSeq}`);
        c.run(
          `INSERT INTO ledger_checkpoints (${CHECKPOINT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
          cp.seq,
          cp.hash,
          cp.at.toISOString(),
          cp.algorithm,
          cp.keyFingerprint,
          cp.signature,
        );
      }),
    );
  }

  async latest(): Promise<StoredCheckpoint | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${CHECKPOINT_COLUMNS} FROM ledger_checkpoints ORDER BY seq DESC LIMIT 1`),
    );
    return row ? toCheckpoint(row) : null;
  }

  async firstCovering(seq: number): Promise<StoredCheckpoint | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${CHECKPOINT_COLUMNS} FROM ledger_checkpoints WHERE seq >= ? ORDER BY seq LIMIT 1`, seq),
    );
    return row ? toCheckpoint(row) : null;
  }

  async *iterate(): AsyncIterable<StoredCheckpoint> {
    let after = 0;
    for (;;) {
      const rows = await this.session.run((c) =>
        c.all(
          `SELECT ${CHECKPOINT_COLUMNS} FROM ledger_checkpoints WHERE seq > ? ORDER BY seq LIMIT ?`,
          after,
          ITERATE_BATCH,
        ),
      );
      for (const row of rows) yield toCheckpoint(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async addTimestamp(ts: StoredCheckpointTimestamp): Promise<void> {
    await this.session.run((c) =>
      c.run(
        `INSERT INTO checkpoint_timestamps (${TIMESTAMP_COLUMNS}) VALUES (?, ?, ?, ?)`,
        ts.checkpointSeq,
        ts.tsaUrl,
        Buffer.from(ts.token),
        ts.genTime.toISOString(),
      ),
    );
  }

  async timestamps(checkpointSeq: number): Promise<StoredCheckpointTimestamp[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${TIMESTAMP_COLUMNS} FROM checkpoint_timestamps WHERE checkpoint_seq = ? ORDER BY id`,
        checkpointSeq,
      ),
    );
    return rows.map(toTimestamp);
  }
}
