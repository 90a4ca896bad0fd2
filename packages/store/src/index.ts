export { openStore, type OpenStoreOptions } from './open-store';
export { defaultDatabaseUrl, parseDatabaseUrl, redactDatabaseUrl, type DatabaseTarget } from './database-url';
export type { StoreDeps, StoreOptions } from './shared/store-deps';
export { systemClock } from './adapters/system-clock';
export { createUlidIds, ulidIds, type UlidOptions } from './adapters/ulid-ids';
export { nodeHasher } from './adapters/node-hasher';
export { runWorker, type RunWorkerOptions } from './jobs/run-worker';
export { drainJobs, type DrainSummary } from './jobs/drain-jobs';
export { runClaimedJob, type WorkerDeps, type WorkerEvent } from './jobs/job-runner';
