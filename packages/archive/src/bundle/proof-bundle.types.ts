import type { LedgerEntry } from '../ledger/ledger-entry';
import type { SignedCheckpoint } from '../ledger/checkpoint/checkpoint';
import type { WaczPage } from '../warc/capture.types';

/** What the bundle is about; written as corroborate/incident.json. */
export interface BundleIncident {
  id: string;
  title: string;
  [field: string]: unknown;
}

/** Everything a proof bundle holds. Evidence ids and hashes must appear in `ledger`. */
export interface ProofBundleInput {
  incident: BundleIncident;
  captures: { id: string; warc: { filename: string; bytes: Uint8Array }; pages?: WaczPage[] }[];
  media: { id: string; bytes: Uint8Array; mimeType: string; metadata?: Record<string, unknown> }[];
  documents: { id: string; text: string; metadata?: Record<string, unknown> }[];
  /** Consecutive ledger entries from the earliest evidence entry up to the checkpoint's entry. */
  ledger: LedgerEntry[];
  checkpoint: SignedCheckpoint;
  publicKeyPem: string;
  /** RFC 3161 TimeStampResp DER over the checkpoint.json bytes. */
  timestamps: { tsaUrl: string; token: Uint8Array }[];
  createdAt: Date;
}

export const FILE_ROLES = [
  'incident',
  'capture',
  'media',
  'document',
  'ledger',
  'checkpoint',
  'public_key',
  'timestamp',
  'index',
  'pages',
] as const;
export type FileRole = (typeof FILE_ROLES)[number];

/** One file as corroborate/manifest.json lists it. */
export interface ManifestFile {
  path: string;
  role: FileRole;
  sha256: string;
  bytes: number;
  /** For evidence: the id recorded in the ledger. */
  objectId?: string;
  ledgerSeq?: number;
  tsaUrl?: string;
  mimeType?: string;
  metadata?: Record<string, unknown>;
}

export interface BundleManifest {
  format: 'corroborate-proof-bundle/1';
  createdAt: string;
  incident: { id: string; title: string };
  checkpointSeq: number;
  files: ManifestFile[];
}

/** One verification step and its outcome, the detail in plain words. */
export interface BundleCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface BundleReport {
  ok: boolean;
  checks: BundleCheck[];
}
