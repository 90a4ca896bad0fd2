import type { BlobStore, Clock, Hasher, IdGenerator, JobHandlers, Store } from '@corroborate/core';
import { extract, toClaimFacts } from '@corroborate/extract';
import {
  createPreservation,
  documentExtractJob,
  preservationConfig,
  type Preservation,
} from '@corroborate/ingest';
import { siteMailDigestJob, siteMailSendJob } from '@corroborate/server';
import { blobStoreFor, nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import { ledgerCheckpointJob } from './ledger-checkpoint.job';

/** Everything a command needs, wired by hand: the one composition root of the process. */
export interface AppContext {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  /** Media bytes: next to the SQLite file, or in CORROBORATE_BLOBS (refuses use when neither applies). */
  blobs: BlobStore;
  handlers: JobHandlers;
  /** Ledger checkpoints, the instance key and TSAs; made on first use (it may need CORROBORATE_KEYS). */
  preservation(): Preservation;
  close(): Promise<void>;
}

export const compose = async (databaseUrl: string, opts: { migrate?: boolean } = {}): Promise<AppContext> => {
  const clock = systemClock;
  const ids = ulidIds;
  const hasher = nodeHasher;
  const store = await openStore(databaseUrl, { clock, ids });
  if (opts.migrate ?? true) await store.migrate();
  const handlers: JobHandlers = {
    'document.extract': documentExtractJob({
      store,
      extractClaims: (text, published) => extract(text, { published }).claims.map(toClaimFacts),
    }),
    'mail.send': siteMailSendJob({ store, clock, ids }),
    'mail.digest': siteMailDigestJob({ store, clock, ids }),
    'ledger.checkpoint': ledgerCheckpointJob({
      preservation: () => getPreservation(),
      keysConfigured: () => preservationConfig(databaseUrl).keysDir !== null,
    }),
  };
  const blobs = blobStoreFor(databaseUrl);
  let preservation: Preservation | null = null;
  const getPreservation = (): Preservation =>
    (preservation ??= createPreservation({ store, clock, config: preservationConfig(databaseUrl) }));
  return {
    store,
    clock,
    ids,
    hasher,
    blobs,
    handlers,
    preservation: getPreservation,
    close: () => store.close(),
  };
};

/** Opens the app, runs fn, and always closes the database. */
export const withApp = async <T>(
  databaseUrl: string,
  fn: (app: AppContext) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> => {
  const app = await compose(databaseUrl, opts);
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
};
