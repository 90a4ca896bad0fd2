import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Clock, Hasher } from '@corroborate/core';
import type { IngestDeps } from './ingest-types';
import { MemoryStore } from './memory-store.fake';

export const FIXED_NOW = new Date('2024-03-01T12:00:00Z');

/** Deps over the in-memory store (its controls and state as `memory`), a fixed clock and real SHA-256. */
export const makeDeps = (
  overrides: Partial<Omit<IngestDeps, 'store'>> = {},
): IngestDeps & { memory: MemoryStore } => {
  const clock: Clock = { now: () => FIXED_NOW };
  const hasher: Hasher = { sha256: (data) => createHash('sha256').update(data).digest('hex') };
  const memory = new MemoryStore();
  return { store: memory.port, memory, clock, hasher, ...overrides };
};

/** A temp folder; write() creates files (and their folders) under it. */
export const makeTempDir = async (): Promise<{
  root: string;
  write: (rel: string, content: string | Uint8Array) => Promise<string>;
  remove: () => Promise<void>;
}> => {
  const root = await mkdtemp(join(tmpdir(), 'corroborate-ingest-'));
  return {
    root,
    write: async (rel, content) => {
      const path = join(root, rel);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
      return path;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
};
