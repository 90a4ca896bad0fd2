// The browser-safe part of the package: everything a page needs to verify a proof bundle offline.
// Nothing reachable from here may import node:* or warcio (checked by verify-entry.test.ts).
export { verifyProofBundle } from './bundle/verify-proof-bundle';
export type { VerifyBundleOptions } from './bundle/verify-proof-bundle';
export { renderBundleReport } from './bundle/render-bundle-report';
export type { BundleCheck, BundleManifest, BundleReport, ManifestFile } from './bundle/proof-bundle.types';
export { verifyLedger } from './ledger/verify-ledger';
export type { LedgerProblem, LedgerVerification } from './ledger/verify-ledger';
export { verifyCheckpoint } from './ledger/checkpoint/verify-checkpoint';
export { webCryptoVerifier } from './ledger/checkpoint/signature-verifier';
export type { SignatureVerifier } from './ledger/checkpoint/signature-verifier';
export { verifyTimestamp } from './tsa/verify-timestamp';
export type { TimestampCheckOptions, TimestampVerification } from './tsa/verify-timestamp';
export { checkWacz } from './wacz/wacz.check';
export { openWacz } from './wacz/wacz.reader';
export type { WaczArchive } from './wacz/wacz.reader';
