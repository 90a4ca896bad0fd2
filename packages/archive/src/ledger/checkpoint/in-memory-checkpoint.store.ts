import { DomainError } from '@corroborate/core';
import type { SignedCheckpoint } from './checkpoint';
import type { CheckpointStore, StoredTimestamp } from './checkpoint-store.port';

/** CheckpointStore in memory, for tests. */
export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly checkpoints: SignedCheckpoint[] = [];
  private readonly stamps: StoredTimestamp[] = [];

  save(cp: SignedCheckpoint): Promise<void> {
    const last = this.checkpoints.at(-1);
    if (last && cp.seq <= last.seq) {
      return Promise.reject(
        new DomainError('conflict', `checkpoint at ${cp.seq} is not after the one at ${last.seq}`),
      );
    }
    this.checkpoints.push(cp);
    return Promise.resolve();
  }

  latest(): Promise<SignedCheckpoint | null> {
    return Promise.resolve(this.checkpoints.at(-1) ?? null);
  }

  firstCovering(seq: number): Promise<SignedCheckpoint | null> {
    return Promise.resolve(this.checkpoints.find((c) => c.seq >= seq) ?? null);
  }

  addTimestamp(ts: StoredTimestamp): Promise<void> {
    this.stamps.push(ts);
    return Promise.resolve();
  }

  timestamps(checkpointSeq: number): Promise<StoredTimestamp[]> {
    return Promise.resolve(this.stamps.filter((t) => t.checkpointSeq === checkpointSeq));
  }
}
