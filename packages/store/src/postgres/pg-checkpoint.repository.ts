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
import type { PgSession } from './pg-session';

const CHECKPOINT_LOCK = 4_172_302;

/** Signed ledger checkpoints and their RFC 3161 tokens, in PostgreSQL. */
export class PgCheckpointRepository implements CheckpointRepository {
  constructor(private readonly session: PgSession) {}

  async save(cp: StoredCheckpoint): Promise<void> {
    await this.session.atomic(async (s) => {
      await s.query('SELECT pg_advisory_xact_lock($1)', [CHECKPOINT_LOCK]);
      const { rows } = await s.query('SELECT MAX(seq) AS seq FROM ledger_checkpoints');
      const lastSeq = rows[0]?.seq == null ? 0 : num(rows[0], 'seq');
      if (cp.seq <= lastSeq)
        throw new DomainError('conflict', `checkpoint at ${cp.seq} is not after the one at ${lastSeq}`);
      await s.query(
        `INSERT INTO ledger_checkpoints (${CHECKPOINT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`,
        [cp.seq, cp.hash, cp.at.toISOString(), cp.algorithm, cp.keyFingerprint, cp.signature],
      );
    });
  }

  async latest(): Promise<StoredCheckpoint | null> {
    const { rows } = await this.session.query(
      `SELECT ${CHECKPOINT_COLUMNS} FROM ledger_checkpoints ORDER BY seq DESC LIMIT 1`,
    );
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  async firstCovering(seq: number): Promise<StoredCheckpoint | null> {
    const { rows } = await this.session.query(
      `SELECT ${CHECKPOINT_COLUMNS} FROM ledger_checkpoints WHERE seq >= $1 ORDER BY seq LIMIT 1`,
      [seq],
    );
    return rows[0] ? toCheckpoint(rows[0]) : null;
  }

  async *iterate(): AsyncIterable<StoredCheckpoint> {
    let after = 0;
    for (;;) {
      const { rows } = await this.session.query(
        `SELECT ${CHECKPOINT_COLUMNS} FROM ledger_checkpoints WHERE seq > $1 ORDER BY seq LIMIT $2`,
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield toCheckpoint(row);
      const last = rows.at(-1);
      if (!last || rows.length < ITERATE_BATCH) return;
      after = num(last, 'seq');
    }
  }

  async addTimestamp(ts: StoredCheckpointTimestamp): Promise<void> {
    await this.session.query(
      `INSERT INTO checkpoint_timestamps (${TIMESTAMP_COLUMNS}) VALUES ($1, $2, $3, $4)`,
      [ts.checkpointSeq, ts.tsaUrl, Buffer.from(ts.token), ts.genTime.toISOString()],
    );
  }

  async timestamps(checkpointSeq: number): Promise<StoredCheckpointTimestamp[]> {
    const { rows } = await this.session.query(
      `SELECT ${TIMESTAMP_COLUMNS} FROM checkpoint_timestamps WHERE checkpoint_seq = $1 ORDER BY id`,
      [checkpointSeq],
    );
    return rows.map(toTimestamp);
  }
}
