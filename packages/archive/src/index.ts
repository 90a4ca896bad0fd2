// @corroborate/archive: WARC/WACZ, the hash-chained ledger, signed checkpoints, RFC 3161 timestamps, proof bundles.
export * from './verify';

export { writeCaptureWarc } from './warc/capture-warc.writer';
export { readWarc } from './warc/warc.reader';
export type { WarcRecordInfo } from './warc/warc.reader';
export type * from './warc/capture.types';

export { writeWacz, packWacz, waczContent } from './wacz/wacz.writer';
export type { WaczFile, WaczMeta } from './wacz/wacz.writer';
export type * from './wacz/wacz.types';

export { readZip } from './zip/zip-reader';
export type { ZipEntry } from './zip/zip-reader';
export { writeZip } from './zip/zip-writer';
export type { ZipFileInput } from './zip/zip-writer';

export { GENESIS_HASH, LEDGER_KINDS, hashLedgerEntry, ledgerPayload } from './ledger/ledger-entry';
export type { LedgerEntry, LedgerKind, UnhashedLedgerEntry } from './ledger/ledger-entry';
export type { LedgerStore } from './ledger/ledger-store.port';
export { InMemoryLedgerStore } from './ledger/in-memory-ledger.store';
export { appendToLedger } from './ledger/append-to-ledger';
export type { LedgerAppend } from './ledger/append-to-ledger';
export { ledgerFromJsonl, ledgerToJsonl } from './ledger/ledger-jsonl';

export { checkpointFromJson, checkpointPayload, checkpointToJson } from './ledger/checkpoint/checkpoint';
export type { Checkpoint, SignedCheckpoint } from './ledger/checkpoint/checkpoint';
export type { CheckpointStore, StoredTimestamp } from './ledger/checkpoint/checkpoint-store.port';
export { InMemoryCheckpointStore } from './ledger/checkpoint/in-memory-checkpoint.store';
export { checkpointIfDue, signCheckpoint } from './ledger/checkpoint/checkpoint-if-due';
export type { CheckpointPolicy } from './ledger/checkpoint/checkpoint-if-due';
export type { KeyStore, StoredKeyPair } from './ledger/checkpoint/key-store.port';
export { InMemoryKeyStore } from './ledger/checkpoint/in-memory-key.store';
export { FileKeyStore } from './ledger/checkpoint/file-key.store';
export { loadOrCreateSigner } from './ledger/checkpoint/ed25519-signer';
export type { CheckpointSigner } from './ledger/checkpoint/ed25519-signer';
export { publicKeyFingerprint, shortFingerprint } from './ledger/checkpoint/public-key';

export { buildTimestampRequest } from './tsa/timestamp-request';
export { createTsaClient } from './tsa/tsa-client';
export type { Timestamper, TimestampToken, TsaConfig, TsaDeps } from './tsa/tsa-client';
export type { TimestampInfo } from './tsa/timestamp-token';
export { timestampCheckpoint } from './tsa/timestamp-checkpoint';

export { writeProofBundle } from './bundle/proof-bundle.writer';
export type { BundleIncident, FileRole, ProofBundleInput } from './bundle/proof-bundle.types';
export { collectProofMaterial } from './bundle/collect-proof-material';
export type { BundledObject, ProofMaterial } from './bundle/collect-proof-material';
