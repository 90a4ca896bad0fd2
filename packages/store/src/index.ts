export { openStore, type OpenStoreOptions } from './open-store';
export { defaultDatabaseUrl, parseDatabaseUrl, redactDatabaseUrl, type DatabaseTarget } from './database-url';
export type { StoreDeps, StoreOptions } from './shared/store-deps';
export { systemClock } from './adapters/system-clock';
export { createUlidIds, ulidIds, type UlidOptions } from './adapters/ulid-ids';
export { nodeHasher } from './adapters/node-hasher';
export { runWorker, type RunWorkerOptions } from './jobs/run-worker';
export { drainJobs, type DrainSummary } from './jobs/drain-jobs';
export { runClaimedJob, type WorkerDeps, type WorkerEvent } from './jobs/job-runner';
export { FsBlobStore } from './blobs/fs-blob-store';
export { MemoryBlobStore } from './blobs/memory-blob-store';
export { blobDirFor, blobStoreFor } from './blobs/blob-dir';
export {
  checkPreservation,
  type PreservationDeps,
  type PreservationReport,
  type PreservationVerifiers,
} from './integrity/check-preservation';
export { walkLedger, type LedgerWalk } from './integrity/walk-ledger';
export { checkBlobs } from './integrity/check-blobs';
export { auditObjectId } from './shared/ledger-hooks';
