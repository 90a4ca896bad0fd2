import type { Store } from '@corroborate/core';
import { beforeEach, afterEach } from 'vitest';
import type { StoreOptions } from '../shared/store-deps';
import type { ManualClock } from './manual-clock';

/** One store under test, on a fresh database (SQLite file or PostgreSQL schema). */
export interface ContractStore {
  store: Store;
  clock: ManualClock;
  /** Runs SQL on a separate connection, for what the ports cannot do (review a claim, tamper). */
  sql: (text: string) => Promise<Record<string, unknown>[]>;
  /** Opens another store on the same database (another "process"). */
  reopen: (options?: StoreOptions) => Promise<Store>;
  dispose(): Promise<void>;
}

export interface OpenOptions extends StoreOptions {
  /** Leave the schema empty (default: migrated). */
  migrate?: boolean;
}

/** How the contract suite gets stores of one engine. */
export interface ContractHarness {
  engine: 'sqlite' | 'postgres';
  open(options?: OpenOptions): Promise<ContractStore>;
}

/** A fresh migrated store for each test of the enclosing describe block. */
export function useContractStore(h: ContractHarness, options?: OpenOptions): () => ContractStore {
  let current: ContractStore | null = null;
  beforeEach(async () => {
    current = await h.open(options);
  });
  afterEach(async () => {
    await current?.dispose();
    current = null;
  });
  return () => {
    if (!current) throw new Error('contract store used outside a test');
    return current;
  };
}
