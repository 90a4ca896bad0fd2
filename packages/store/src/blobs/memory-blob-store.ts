import { createHash } from 'node:crypto';
import type { BlobStore } from '@corroborate/core';

/** Blobs in a Map, for tests and throw-away runs; same contract as the file store. */
export class MemoryBlobStore implements BlobStore {
  readonly blobs = new Map<string, Uint8Array>();

  put(bytes: Uint8Array): Promise<{ sha256: string; created: boolean }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const created = !this.blobs.has(sha256);
    if (created) this.blobs.set(sha256, Uint8Array.from(bytes));
    return Promise.resolve({ sha256, created });
  }

  get(sha256: string): Promise<Uint8Array | null> {
    const bytes = this.blobs.get(sha256);
    return Promise.resolve(bytes ? Uint8Array.from(bytes) : null);
  }

  has(sha256: string): Promise<boolean> {
    return Promise.resolve(this.blobs.has(sha256));
  }

  async *list(): AsyncIterable<string> {
    for (const name of [...this.blobs.keys()].sort()) yield await Promise.resolve(name);
  }
}
